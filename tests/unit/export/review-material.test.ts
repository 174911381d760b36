import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { Exporter } from '../../../src/main/export/exporter';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export/formats';
import { publishArticle } from '../../../src/shared/export/published';
import type { SuggestionKind } from '../../../src/shared/article/review-model';
import { doc, makeArticle, mark, p, pullQuote, quotation, section, title, type Inline } from '../helpers/doc-builder';

/**
 * An article in the middle of review: comments on its words (one overlapping another, one on a
 * section title, one on a pull quote), pending insertions and deletions, a pending change of a
 * quotation's source and a pending headline. Every export format must show the text as it was
 * before the suggestions, and nothing of the comments.
 */
const comment = (id: string, ...words: Inline[]) => mark('comment', { id }, ...words);
const ins = (id: string, words: string) => mark('insertion', { id }, words);
const del = (id: string, words: string) => mark('deletion', { id }, words);

function inReview() {
  const body = doc(
    p('The council ', comment('c1', 'voted ', ...comment('c2', 'narrowly')), ' on Tuesday', ins('s1', ' INSERTED-WORDS'), '.'),
    p('Fares will ', del('s2', 'KEPT-DELETION '), 'rise in May.'),
    { type: 'paragraph', marks: [{ type: 'insertion', attrs: { id: 's3' } }], content: [{ type: 'text', text: 'INSERTED-PARAGRAPH stays out.' }] },
    section(
      title(...comment('c3', 'How the vote went')),
      p(
        'Bell said ',
        ...mark(
          'modification',
          { id: 's4', type: 'mark', attrName: 'quotation', previousValue: { type: 'quotation', attrs: { id: 'q1', sourceId: 'src-old' } }, newValue: { type: 'quotation', attrs: { id: 'q1', sourceId: 'src-new' } } },
          quotation('“We had no choice,”', 'src-new', 'q1'),
        ),
        ' after the vote.',
      ),
      { ...pullQuote('We had no choice', 'src-old', 'pq1'), content: comment('c4', 'We had no choice') },
    ),
  );
  const at = '2026-03-01T10:00:00.000Z';
  const thread = (id: string) => ({ id, author: 'Tom Lee', at, body: `COMMENT-BODY-${id}`, editedAt: null, replies: { r1: { id: 'r1', author: 'Ana', at, body: 'COMMENT-REPLY', editedAt: null } }, resolvedBy: null, resolvedAt: null, quote: '' });
  const suggestion = (id: string, kind: SuggestionKind, extra = {}) => ({ id, author: 'Tom Lee', at, kind, status: 'pending' as const, reviewer: null, reviewedAt: null, field: null, source: null, ...extra });
  return makeArticle({
    headline: 'Council keeps the late ferry',
    body,
    sources: [
      { id: 'src-old', name: 'Morag Bell', title: 'chair' },
      { id: 'src-new', name: 'NEW-SOURCE-NAME' },
    ],
    review: {
      version: 1,
      threads: { c1: thread('c1'), c2: thread('c2'), c3: thread('c3'), c4: thread('c4') },
      suggestions: {
        s1: suggestion('s1', 'insertion'),
        s2: suggestion('s2', 'deletion'),
        s3: suggestion('s3', 'insertion'),
        s4: suggestion('s4', 'source', { source: { from: 'src-old', to: 'src-new' } }),
        s5: suggestion('s5', 'field', { field: { name: 'headline', from: 'Council keeps the late ferry', to: 'PROPOSED-HEADLINE' } }),
      },
      waivers: {},
      unreadable: {},
    },
  });
}

const LEAKS = ['INSERTED-WORDS', 'INSERTED-PARAGRAPH', 'COMMENT-BODY', 'COMMENT-REPLY', 'PROPOSED-HEADLINE', 'NEW-SOURCE-NAME', 'data-comment', 'suggestion', '\u200B'];
const KEPT = ['The council voted narrowly on Tuesday.', 'Fares will KEPT-DELETION rise in May.', 'How the vote went', 'We had no choice', 'Council keeps the late ferry'];

const out = mkdtempSync(join(tmpdir(), 'copydesk-review-export-'));
const exporter = new Exporter();
afterAll(() => exporter.close());

async function exportedText(format: ExportFormat): Promise<string> {
  const file = await exporter.export(inReview(), format, { pageSize: 'A4', sourceAppendix: true }, join(out, `review.${format}`));
  if (format === 'pdf') return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (format === 'docx') return (await mammoth.convertToHtml({ path: file })).value;
  return readFileSync(file, 'utf8');
}

describe('exports of an article in review', () => {
  it('count what they leave out', () => {
    expect(publishArticle(inReview()).pendingSuggestions).toBe(5);
  });

  for (const format of EXPORT_FORMATS) {
    it(`${format}: no comment, no pending suggestion, the text as it was before them`, async () => {
      const text = (await exportedText(format)).replace(/\s+/g, ' ');
      // Markdown escapes nothing in these words; HTML and DOCX keep them in one run.
      for (const leak of LEAKS) expect(text, `${format} leaks "${leak}"`).not.toContain(leak);
      for (const kept of KEPT) expect(text, `${format} lost "${kept}"`).toContain(kept);
      // The quotation is still attributed to the source it had before the suggestion.
      expect(text, `${format} attribution`).toContain('Morag Bell');
    }, 60_000);
  }
});
