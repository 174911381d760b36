import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, serializeArticle } from '../../../src/shared/article/file-format';
import { type DocNode } from '../../../src/shared/article/model';
import { nodeText } from '../../../src/shared/article/text';
import { renderArticleHtml } from '../../../src/shared/export/html';
import { renderArticleMarkdown } from '../../../src/shared/export/markdown';
import { importHtml, importMarkdown } from '../../../src/shared/import/import';
import { articleSchema } from '../../../src/shared/schema';
import { cleanPastedHtml } from '../../../src/renderer/src/article/editor/extensions/clean-paste';
import { makeArticle } from '../helpers/doc-builder';

/** Runs and seed come from the environment so a failure can be replayed; fast-check prints the seed on failure. */
const runs = Number(process.env.PROPERTY_RUNS ?? 150);
const params = { numRuns: runs, ...(process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED) } : {}) };

const anyText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{2,10}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ') + '.');
const mark = fc.constantFrom(
  [] as DocNode['marks'],
  [{ type: 'bold' }],
  [{ type: 'italic' }],
  [{ type: 'quotation', attrs: { id: 'q1', sourceId: 's1' } }],
  [{ type: 'claim', attrs: { claimId: 'c1' } }],
);
const run = (text: fc.Arbitrary<string>) => fc.record({ text, marks: mark }).map(({ text: t, marks }) => (marks!.length ? { type: 'text', text: t, marks } : { type: 'text', text: t }));
const paragraph = (text: fc.Arbitrary<string>) => fc.array(run(text), { minLength: 1, maxLength: 4 }).map((content) => ({ type: 'paragraph', content }));
const section = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.array(paragraph(text), { minLength: 1, maxLength: 3 }), fc.nat()).map(([t, ps, n]) => ({
    type: 'section',
    attrs: { id: `s-${n}` },
    content: [{ type: 'sectionTitle', content: [{ type: 'text', text: t }] }, ...ps],
  }));
const body = (text: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(paragraph(text), { minLength: 1, maxLength: 3 }), fc.array(section(text), { maxLength: 3 })).map(([ps, ss]) => ({ type: 'doc', content: [...ps, ...ss] }) as DocNode);

const words = (s: string) => s.match(/[\p{L}]+/gu) ?? [];

describe('property tests (fast-check; seed printed on failure, PROPERTY_RUNS/PROPERTY_SEED to replay)', () => {
  it('any article, with any text in any field, survives save → load exactly', () => {
    fc.assert(
      fc.property(anyText, anyText, body(anyText), (headline, dek, b) => {
        const a = makeArticle({ headline, dek, body: b });
        expect(() => articleSchema().nodeFromJSON(b).check()).not.toThrow();
        const back = parseArticle(serializeArticle(a));
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.article).toEqual(a);
      }),
      params,
    );
  });

  it('export to HTML or Markdown and import back keeps every word of the story', () => {
    fc.assert(
      fc.property(sentence, body(sentence), (headline, b) => {
        const a = makeArticle({ headline, body: b });
        const before = words(nodeText(b));
        for (const draft of [importHtml(renderArticleHtml(a, { pageSize: 'A4', sourceAppendix: false })), importMarkdown(renderArticleMarkdown(a))]) {
          const after = new Set(words([draft.headline, draft.dek, draft.byline, nodeText(draft.body)].join('\n')));
          expect(before.filter((w) => !after.has(w))).toEqual([]);
        }
      }),
      { ...params, numRuns: Math.max(20, Math.floor(runs / 3)) },
    );
  });

  it('cleaning pasted HTML twice gives what cleaning once gave', () => {
    const tag = fc.constantFrom('p', 'b', 'i', 'a href="https://x.test"', 'a href="javascript:alert(1)"', 'script', 'style', 'img src="http://x.test/a.png" onerror="alert(1)"', 'ul', 'li', 'blockquote', 'h2', 'span style="color:red" onclick="x()"', 'svg onload="alert(1)"');
    const fragment = fc.array(fc.tuple(tag, anyText), { maxLength: 8 }).map((parts) =>
      parts.map(([t, text]) => `<${t}>${text}</${t.split(' ')[0]}>`).join(''),
    );
    fc.assert(
      fc.property(fragment, (html) => {
        const once = cleanPastedHtml(html);
        expect(cleanPastedHtml(once)).toBe(once);
        expect(once).not.toMatch(/<script|<style|<img|<svg|\son\w+=|javascript:/i);
      }),
      params,
    );
  });
});
