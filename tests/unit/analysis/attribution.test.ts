import { describe, expect, it } from 'vitest';
import { analyseAttribution, type AttributionWarningCode } from '../../../src/shared/analysis/attribution';
import type { Article } from '../../../src/shared/article/model';
import { articleSchema } from '../../../src/shared/schema';
import { blockquote, bold, bulletList, doc, hardBreak, makeArticle, p, pullQuote, quotation, section } from '../helpers/doc-builder';

const schema = articleSchema();
const ruiz = { id: 'ruiz', name: 'Ana Ruiz', reason: '' };
const official = { id: 'official', name: 'J. Doe', standing: 'anonymous' as const, anonymityReason: 'Not authorised to speak.' };

const codes = (a: Article) => analyseAttribution(a).warnings.map((w) => w.code);
const count = (a: Article, code: AttributionWarningCode) => codes(a).filter((c) => c === code).length;
/** The words the editor would select when jumping to a range, read through the real schema. */
const textAt = (a: Article, range: { from: number; to: number }) => schema.nodeFromJSON(a.body).textBetween(range.from, range.to, '\n');

describe('source table', () => {
  const article = makeArticle({
    sources: [ruiz, official, { id: 'clerk', name: 'Town clerk', standing: 'background', anonymityReason: 'Staff rules.' }],
    body: doc(
      p('“', quotation('We will build the ferry', 'ruiz', 'q1'), ',” said Ruiz.'),
      section(
        'Money',
        p('“', quotation(['It costs ', bold('far'), ' too much'], 'official', 'q2'), ',” an official said.'),
        p('Ruiz added: “', quotation('Then we pay', 'ruiz', 'q3'), '.”'),
        bulletList(p('“', quotation('One more', 'ruiz', 'q4'), '”')),
      ),
    ),
  });
  const result = analyseAttribution(article);

  it('counts quotations and quoted words per source, with shares of all quoted words', () => {
    const rows = result.sources.map((s) => [s.source.name, s.quotationCount, s.quotedWords, s.share]);
    expect(rows).toEqual([
      ['Ana Ruiz', 3, 5 + 3 + 2, 10 / 15],
      ['J. Doe', 1, 5, 5 / 15],
      ['Town clerk', 0, 0, 0],
    ]);
    expect(result.totals).toEqual({ sources: 3, onRecord: 1, background: 1, anonymous: 1, quotations: 4, quotedWords: 15 });
  });

  it('joins differently formatted text under one quotation id into one quotation', () => {
    expect(result.sources[1].quotations).toMatchObject([{ id: 'q2', text: 'It costs far too much', words: 5 }]);
  });

  it('gives each quotation an id, an index and a range the editor selects exactly', () => {
    const quotes = result.sources.flatMap((s) => s.quotations).sort((a, b) => a.index - b.index);
    expect(quotes.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    for (const q of quotes) expect(textAt(article, q.range)).toBe(q.text);
  });

  it('keeps private contact details and notes out of the panel data', () => {
    const withSecrets = makeArticle({ sources: [{ ...ruiz, contact: '+1 555 0100', notes: 'met at the docks' }] });
    expect(JSON.stringify(analyseAttribution(withSecrets))).not.toMatch(/555|docks/);
  });

  it('has zero shares, not NaN, when nothing is quoted', () => {
    const a = makeArticle({ sources: [ruiz], body: doc(p('Nothing quoted.')) });
    expect(analyseAttribution(a).sources[0].share).toBe(0);
  });
});

describe('quotations spanning paragraphs', () => {
  it('treats one id over two paragraphs as one quotation with two ranges', () => {
    const a = makeArticle({
      sources: [ruiz],
      body: doc(p('“', quotation('We will build it.', 'ruiz', 'long')), p('“', quotation('And we will pay for it', 'ruiz', 'long'), ',” she said.')),
    });
    const [q] = analyseAttribution(a).sources[0].quotations;
    expect(q).toMatchObject({ id: 'long', words: 4 + 6 });
    expect(q.ranges).toHaveLength(2);
    expect(q.ranges.map((r) => textAt(a, r))).toEqual(['We will build it.', 'And we will pay for it']);
  });
});

describe('warning: quoted words not attributed', () => {
  const unattributed = (...paragraphs: ReturnType<typeof p>[]) =>
    analyseAttribution(makeArticle({ sources: [ruiz], body: doc(...paragraphs, p('“', quotation('x', 'ruiz'), '”')) })).warnings.filter(
      (w) => w.code === 'unattributed-quote',
    );

  it('warns about curly-quoted speech with no quotation mark, and points at it', () => {
    const a = makeArticle({ body: doc(p('She said “we will never give up the ferry” at noon.')) });
    const [w] = analyseAttribution(a).warnings;
    expect(w.code).toBe('unattributed-quote');
    expect(w.message).toContain('we will never give up the ferry');
    expect(w.target.kind === 'text' && textAt(a, w.target.range)).toBe('we will never give up the ferry');
  });

  it('warns about straight-quoted speech too', () => {
    expect(unattributed(p('She said "we will never give up the ferry" at noon.'))).toHaveLength(1);
  });

  it('does not warn once the words are attributed', () => {
    expect(unattributed(p('She said “', quotation('we will never give up the ferry', 'ruiz'), '” at noon.'))).toHaveLength(0);
  });

  it('does not warn about scare quotes of three words or fewer', () => {
    expect(unattributed(p('The so-called “ferry tax” and the "fair share" of a “very big deal”.'))).toHaveLength(0);
  });

  it('warns from four words on', () => {
    expect(unattributed(p('The “very big ferry deal” was signed.'))).toHaveLength(1);
  });

  it('does not count nested single quotes or apostrophes as quotation marks', () => {
    expect(unattributed(p('It’s the town’s ‘lifeline’ and the ‘only way we have to reach the mainland’.'))).toHaveLength(0);
    expect(unattributed(p('“She called it ‘the lifeline of the town’,” ', quotation('x', 'ruiz')))).toHaveLength(1);
  });

  it('warns when only a short part of a long quotation is marked', () => {
    expect(unattributed(p('“', quotation('We will', 'ruiz'), ' build the ferry this year and pay for it,” she said.'))).toHaveLength(1);
  });

  it('follows a quotation over paragraphs that repeat the opening mark and close only at the end', () => {
    const ws = unattributed(p('“We will build it.'), p('“And pay for it,” she said.'));
    expect(ws).toHaveLength(1);
    expect(ws[0].message).toContain('We will build it. And pay for it');
    const short = unattributed(p('“Yes.'), p('“No,” she said.'));
    expect(short).toHaveLength(0);
  });

  it('is not fooled by a marked multi-paragraph quotation', () => {
    expect(
      unattributed(p('“', quotation('We will build it.', 'ruiz', 'm')), p('“', quotation('And pay for it', 'ruiz', 'm'), ',” she said.')),
    ).toHaveLength(0);
  });

  it('copes with an opening mark that is never closed', () => {
    const ws = unattributed(p('He said “we will build the ferry and then stopped.'), p('Next paragraph without a mark.'));
    expect(ws).toHaveLength(1);
    expect(ws[0].message).toContain('never closed');
  });

  it('copes with marks curled the wrong way and mixed straight and curly marks', () => {
    expect(unattributed(p('He said ”we will build the ferry now” and left.'))).toHaveLength(1);
    expect(unattributed(p('He said “we will build the ferry now" and left, "then go home now”.'))).toHaveLength(2);
    expect(unattributed(p('Er sagte „wir bauen die Fähre jetzt“ und ging.'))).toHaveLength(1);
  });

  it('ignores stray closing marks and lone straight marks', () => {
    expect(unattributed(p('A stray ” mark and a 12" pipe and " alone here now.'))).toHaveLength(0);
  });

  it('reads quotations across line breaks, in lists and block quotes', () => {
    const a = makeArticle({
      body: doc(p('“We will build', hardBreak(), 'the ferry,” she said.'), bulletList('“Four words in a list”'), blockquote('“Four words in quote block”')),
    });
    expect(count(a, 'unattributed-quote')).toBe(3);
  });

  it('does not look in pull quotes or section titles, which cannot carry a quotation mark', () => {
    const a = makeArticle({ body: doc(section('“We will build the ferry”', p('Text.')), pullQuote('“We will build the ferry”', null)) });
    expect(count(a, 'unattributed-quote')).toBe(0);
  });
});

describe('warning: source never quoted', () => {
  it('appears for a source with no quotation and goes once one is attributed', () => {
    const before = makeArticle({ sources: [ruiz], body: doc(p('Ruiz said the vote was close.')) });
    expect(analyseAttribution(before).warnings).toMatchObject([
      { code: 'source-never-quoted', target: { kind: 'source', sourceId: 'ruiz' }, message: 'Ana Ruiz is listed as a source but never quoted.' },
    ]);
    const after = makeArticle({ sources: [ruiz], body: doc(p('“', quotation('Close', 'ruiz'), ',” Ruiz said.')) });
    expect(codes(after)).toEqual([]);
  });
});

describe('warning: anonymity without a reason', () => {
  it('appears for anonymous and background sources without a reason, not for on-record ones', () => {
    const body = doc(p(quotation('a', 'a'), quotation('b', 'b'), quotation('c', 'c')));
    const a = makeArticle({
      body,
      sources: [{ id: 'a', standing: 'anonymous' }, { id: 'b', standing: 'background', anonymityReason: '  ' }, { id: 'c' }],
    });
    expect(analyseAttribution(a).warnings.map((w) => [w.code, w.target])).toEqual([
      ['anonymity-without-reason', { kind: 'source', sourceId: 'a' }],
      ['anonymity-without-reason', { kind: 'source', sourceId: 'b' }],
    ]);
    const fixed = makeArticle({ body, sources: [{ id: 'a', standing: 'anonymous', anonymityReason: 'Fears reprisal.' }, { id: 'c' }] });
    expect(count(fixed, 'anonymity-without-reason')).toBe(0);
  });
});

describe('warning: quotation attached to a missing source', () => {
  it('appears for an unknown sourceId and for none, and counts those words in the total only', () => {
    const a = makeArticle({
      sources: [ruiz],
      body: doc(p(quotation('one two', 'ruiz', 'ok'), ' ', quotation('three four', 'gone', 'bad'), ' ', quotation('five', null, 'none'))),
    });
    const r = analyseAttribution(a);
    expect(r.warnings.map((w) => [w.code, w.target.kind === 'quotation' && w.target.quotationId])).toEqual([
      ['quotation-unknown-source', 'bad'],
      ['quotation-without-source', 'none'],
    ]);
    expect(r.orphanQuotations.map((q) => q.id)).toEqual(['bad', 'none']);
    expect(r.totals.quotedWords).toBe(5);
    expect(r.sources[0].share).toBeCloseTo(2 / 5);
  });
});

describe('pull quotes', () => {
  const body = (pq: ReturnType<typeof pullQuote>) =>
    doc(p('“', quotation('The ferry is our lifeline — and we will keep it', 'ruiz'), ',” said Ruiz. “', quotation('It is too dear', 'official'), ',” an official said.'), pq);
  const article = (pq: ReturnType<typeof pullQuote>) => makeArticle({ sources: [ruiz, official], body: body(pq) });

  it('passes a verbatim, correctly attributed pull quote, retyped with other typography', () => {
    const a = article(pullQuote('"The ferry is our lifeline -- and we will keep it"', 'ruiz'));
    expect(codes(a)).toEqual([]);
    const [pq] = analyseAttribution(a).pullQuotes;
    expect(pq.verbatim).toBe(true);
    expect(textAt(a, pq.bodyRange!)).toBe('The ferry is our lifeline — and we will keep it');
  });

  it('warns when the pull quote no longer matches the body, and points at the pull quote', () => {
    const a = article(pullQuote('The ferry is our lifeline and we will keep it', 'ruiz', 'pq-x'));
    const w = analyseAttribution(a).warnings;
    expect(w.map((x) => x.code)).toEqual(['pull-quote-not-verbatim']);
    expect(w[0].target).toMatchObject({ kind: 'pullQuote', pullQuoteId: 'pq-x', index: 0 });
    expect(w[0].target.kind === 'pullQuote' && textAt(a, w[0].target.range)).toBe('The ferry is our lifeline and we will keep it');
  });

  it('warns when attributed to someone other than the speaker of the words', () => {
    const a = article(pullQuote('It is too dear', 'ruiz'));
    expect(analyseAttribution(a).warnings).toMatchObject([
      { code: 'pull-quote-source-mismatch', message: 'The pull quote “It is too dear” is attributed to Ana Ruiz, but the words are quoted from J. Doe.' },
    ]);
    expect(codes(article(pullQuote('It is too dear', 'official')))).toEqual([]);
    expect(analyseAttribution(article(pullQuote('“It is too — dear”', 'ruiz'))).warnings[0].message).toMatch(/^The pull quote “It is too — dear” does not/);
  });

  it('warns when attributed to a source but repeating narrative, not a quotation', () => {
    expect(codes(article(pullQuote('said Ruiz', 'ruiz')))).toEqual(['pull-quote-source-mismatch']);
  });

  it('warns when it names no source, or one not in the article', () => {
    expect(codes(article(pullQuote('It is too dear', null)))).toEqual(['pull-quote-no-source']);
    expect(codes(article(pullQuote('It is too dear', 'nobody')))).toEqual(['pull-quote-unknown-source']);
  });

  it('warns about an empty pull quote', () => {
    expect(codes(article(pullQuote('', 'ruiz')))).toEqual(['pull-quote-empty']);
  });

  it('finds the words in the body however they are spelled in Unicode, and points at them', () => {
    const a = makeArticle({
      sources: [ruiz],
      body: doc(p('“', quotation('Jose\u0301 said the ferry\u00A0stays — for\u00ADever', 'ruiz'), '.”'), pullQuote('José said the ferry stays-forever', 'ruiz')),
    });
    const [pq] = analyseAttribution(a).pullQuotes;
    expect(pq.verbatim).toBe(true);
    expect(textAt(a, pq.bodyRange!)).toBe('Jose\u0301 said the ferry\u00A0stays — for\u00ADever');
    expect(codes(a)).toEqual([]);
  });

  it('does not count a pull quote as body text it could match itself against', () => {
    const a = makeArticle({ sources: [ruiz], body: doc(p('“', quotation('x', 'ruiz'), '”'), pullQuote('Only here', 'ruiz')) });
    expect(codes(a)).toEqual(['pull-quote-not-verbatim']);
  });
});
