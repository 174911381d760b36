import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseAttribution } from '../../../src/shared/analysis/attribution';
import { analyseClaims } from '../../../src/shared/analysis/claims';
import { sectionOutline } from '../../../src/shared/analysis/outline';
import type { DocNode } from '../../../src/shared/article/model';
import { bodyWordCount, nodeText } from '../../../src/shared/article/text';
import { isVerbatimInBody } from '../../../src/shared/analysis/verbatim';
import { articleSchema } from '../../../src/shared/schema';
import { claim, doc, makeArticle, p, pullQuote, quotation, section, title, type Inline } from '../helpers/doc-builder';

const schema = articleSchema();

// Text rich in the characters that trip up quote scanning and normalisation.
const messyText = fc
  .array(fc.constantFrom('“', '”', '"', '‘', '’', "'", '„', '«', '»', ' ', '\u00A0', '—', '-', '…', '.', 'TK', 'we', 'will', 'e\u0301', '\n'), {
    minLength: 1,
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

const inlinePart = fc.oneof(
  messyText,
  fc.tuple(messyText, fc.constantFrom('a', 'b', 'gone', null), fc.constantFrom('q1', 'q2', null)).map(([t, s, id]) => quotation(t, s, id)),
  fc.tuple(messyText, fc.constantFrom('c1', 'c2', null)).map(([t, id]) => claim(t, id)),
);
const paragraph = fc.array(inlinePart, { maxLength: 6 }).map((parts) => p(...(parts as Inline[])));
const block = fc.oneof(paragraph, fc.tuple(messyText, fc.constantFrom('a', 'b', null)).map(([t, s]) => pullQuote(t, s)));
const body = fc
  .tuple(fc.array(block, { maxLength: 4 }), fc.array(fc.tuple(messyText, fc.array(block, { maxLength: 4 })), { maxLength: 3 }))
  .map(([intro, sections]) => doc(...intro, ...sections.map(([t, blocks]) => section(title(t), ...blocks))));

describe('analysis on messy documents', () => {
  it('never throws, and every range it reports lies inside the document and selects the reported words', () => {
    fc.assert(
      fc.property(body, (b) => {
        const article = makeArticle({ body: b, sources: [{ id: 'a', standing: 'anonymous' }, { id: 'b' }], claims: [{ id: 'c1' }] });
        const pm = schema.nodeFromJSON(b);
        const size = pm.content.size;
        const attribution = analyseAttribution(article);
        const claims = analyseClaims(article);
        const outline = sectionOutline(b);
        const inDoc = (r: { from: number; to: number }) => r.from >= 0 && r.from <= r.to && r.to <= size;
        for (const q of [...attribution.sources.flatMap((s) => s.quotations), ...attribution.orphanQuotations]) {
          expect(q.ranges.map((r) => pm.textBetween(r.from, r.to, '\n')).join('\n')).toBe(q.text);
        }
        for (const w of [...attribution.warnings, ...claims.warnings]) {
          if ('range' in w.target && w.target.range) expect(inDoc(w.target.range)).toBe(true);
        }
        const bodyText = nodeText(b, { skipPullQuotes: true });
        for (const pq of attribution.pullQuotes) {
          expect(pm.nodeAt(pq.range.from)?.type.name).toBe('pullQuote');
          // The panel and the exported string check must never disagree about the same pull quote.
          expect(pq.verbatim).toBe(isVerbatimInBody(pq.text, bodyText));
        }
        expect(outline.reduce((n, e) => n + e.words, 0)).toBe(bodyWordCount(b));
        for (const share of attribution.sources.map((s) => s.share)) expect(share >= 0 && share <= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not throw on bodies that break the schema', () => {
    const odd: DocNode[] = [
      { type: 'doc' },
      { type: 'doc', content: [{ type: 'text', text: '“loose text at the top level of the doc”' }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }, { type: 'mystery' }] }] },
      { type: 'doc', content: [{ type: 'section', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'no title' }] }] }] },
      { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'quotation' }, { type: 'claim', attrs: { claimId: 42 } }] }] }] },
      { type: 'doc', content: [{ type: 'pullQuote', attrs: { id: 7, sourceId: {} } }] },
    ];
    for (const b of odd) {
      const article = makeArticle({ body: b });
      expect(() => [analyseAttribution(article), analyseClaims(article), sectionOutline(b)]).not.toThrow();
    }
  });
});

/** A long feature: sections of quoted and unquoted paragraphs, pull quotes and claims, about `words` long. */
function longArticle(words: number) {
  const sections = [];
  let written = 0;
  for (let s = 0; written < words; s++) {
    const blocks = [];
    for (let i = 0; i < 10 && written < words; i++) {
      blocks.push(
        p(
          'The authority met on Tuesday to discuss the ferry, which carries ',
          claim(`${1000 + i} people a day`, `c${s}-${i}`),
          ' across the strait. “',
          quotation('We cannot run the boat on goodwill alone, and the town knows it', i % 2 ? 'a' : 'b', `q${s}-${i}`),
          ',” the chair said. Critics called it a “ferry tax” and said “the numbers do not add up at all, whatever they say.”',
        ),
      );
      written += 50;
    }
    blocks.push(pullQuote('We cannot run the boat on goodwill alone', 'a'));
    sections.push(section(title(`Part ${s}`), ...blocks));
  }
  return makeArticle({ body: doc(p('Lede.'), ...sections), sources: [{ id: 'a' }, { id: 'b' }] });
}

describe('speed', () => {
  it('analyses a 20,000-word article in well under 50 ms', () => {
    const article = longArticle(20_000);
    expect(bodyWordCount(article.body)).toBeGreaterThanOrEqual(20_000);
    // CPU time, and the fastest of several runs: other work sharing the machine (the test suites of other
    // engineers, on two cores) stretches wall-clock time without making the analysis any slower.
    const run = () => {
      const start = process.cpuUsage();
      analyseAttribution(article);
      analyseClaims(article);
      sectionOutline(article.body);
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    };
    run();
    const fastest = Math.min(...Array.from({ length: 7 }, run));
    expect(fastest).toBeLessThan(50);
  });
});
