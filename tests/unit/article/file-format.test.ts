import { describe, expect, it } from 'vitest';
import { parseArticle, serializeArticle } from '../../../src/shared/article/file-format';
import { SCHEMA_VERSION } from '../../../src/shared/article/model';
import { articleFileStem, slugify } from '../../../src/shared/article/slug';
import { bodyWordCount, countWords } from '../../../src/shared/article/text';
import { articleSchema } from '../../../src/shared/schema';
import { blockquote, bold, bulletList, claim, doc, italic, link, makeArticle, makeSource, p, pullQuote, quotation, section, title } from '../helpers/doc-builder';

const rich = () =>
  makeArticle({
    headline: 'Ferry fares to rise',
    dek: 'A close vote.',
    byline: 'By Ana Ruiz',
    dateline: 'PORT ELLEN',
    slug: 'ferry-fares',
    status: 'in-edit',
    body: doc(
      p('The council ', bold('voted'), ' on ', italic('Tuesday'), '. See ', link('https://example.org', 'the minutes'), '.'),
      section(title('How the vote went'), p(quotation('“We had no choice,”', 'src-1')), pullQuote('We had no choice', 'src-1')),
      section(title('Next'), bulletList('One', 'Two'), blockquote('Quoted block.'), p(claim('Fares rose 12%', 'c1'))),
    ),
    sources: [makeSource({ id: 'src-1', name: 'Morag Bell', contact: '555-0100', notes: 'Met at the pier.' })],
  });

describe('the article file format', () => {
  it('round-trips an article with every kind of node and mark', () => {
    const a = rich();
    const text = serializeArticle(a);
    const back = parseArticle(text);
    expect(back).toEqual({ ok: true, article: a });
    expect(serializeArticle((back as { article: typeof a }).article)).toBe(text);
  });

  it('is valid against the editor schema', () => {
    const node = articleSchema().nodeFromJSON(rich().body);
    expect(() => node.check()).not.toThrow();
    expect(node.childCount).toBe(3);
  });

  it('writes keys in a fixed order whatever order the object had, so diffs stay readable', () => {
    const a = rich();
    const shuffled = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
    expect(serializeArticle(shuffled)).toBe(serializeArticle(a));
    const keys = [...serializeArticle(a).matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'schemaVersion', 'id', 'headline', 'dek', 'byline', 'dateline', 'slug', 'status',
      'desk', 'assignee', 'language', 'wordTarget', 'legal', 'embargo',
      'createdAt', 'updatedAt', 'sources', 'claims', 'statusLog', 'review', 'body',
    ]);
    expect(serializeArticle(a).endsWith('}\n')).toBe(true);
    // One line per node key: a one-word edit changes one line.
    const edited = { ...a, headline: 'Ferry fares to rise again' };
    const diff = serializeArticle(edited).split('\n').filter((l, i) => l !== serializeArticle(a).split('\n')[i]);
    expect(diff).toEqual(['  "headline": "Ferry fares to rise again",']);
  });

  it('explains every kind of bad file', () => {
    const cases: [string, string][] = [
      ['', 'empty'],
      ['   \n', 'empty'],
      ['{"schemaVersion":1,"id"', 'not-json'],
      ['\u0000\u0001binary', 'not-text'],
      ['[1,2]', 'invalid'],
      ['{"schemaVersion":1}', 'invalid'],
      [JSON.stringify({ ...rich(), status: 'lost' }), 'invalid'],
      [JSON.stringify({ ...rich(), schemaVersion: SCHEMA_VERSION + 1 }), 'newer-schema'],
    ];
    for (const [text, code] of cases) {
      const r = parseArticle(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.error.code, text).toBe(code);
        expect(r.error.message.length).toBeGreaterThan(10);
      }
    }
    expect(parseArticle('\uFEFF' + serializeArticle(rich())).ok).toBe(true);
  });
});

describe('slugs and words', () => {
  it('makes file-safe slugs from any headline', () => {
    expect(slugify('Ferry fares to rise 12% as council backs budget')).toBe('ferry-fares-to-rise-12-as-council-backs-budget');
    expect(slugify('Café owner’s “big” day — São Paulo')).toBe('cafe-owners-big-day-sao-paulo');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('東京')).toBe('');
    expect(articleFileStem('', '東京')).toBe('untitled');
    expect(slugify('a'.repeat(100)).length).toBeLessThanOrEqual(60);
  });

  it('counts words as a newsroom does', () => {
    expect(countWords("Don't re-run the 3.5% well-known 1,200-seat test.")).toBe(7);
    expect(countWords('')).toBe(0);
    expect(countWords('— – …')).toBe(0);
    expect(bodyWordCount(doc(p('One two.'), pullQuote('Not counted twice'), section(title('Three'), p('four'))))).toBe(4);
  });
});

describe('text encoding', () => {
  it('keeps a replacement character the writer typed, but refuses bytes that are not UTF-8', async () => {
    const { parseArticleBytes } = await import('../../../src/shared/article/file-format');
    const a = makeArticle({ headline: 'Garbled � in the wire copy' });
    const text = serializeArticle(a);
    expect(parseArticleBytes(new TextEncoder().encode(text))).toEqual({ ok: true, article: a });
    const latin1 = Uint8Array.from(Buffer.from(text.replace('Garbled', 'Caf\u00e9'), 'latin1'));
    const r = parseArticleBytes(latin1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not UTF-8/);
  });
});
