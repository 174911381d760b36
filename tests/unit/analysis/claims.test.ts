import { describe, expect, it } from 'vitest';
import { analyseClaims, findPlaceholders } from '../../../src/shared/analysis/claims';
import { articleSchema } from '../../../src/shared/schema';
import { claim, doc, image, makeArticle, p, pullQuote, section } from '../helpers/doc-builder';

const schema = articleSchema();

describe('claims summary', () => {
  const article = makeArticle({
    claims: [
      { id: 'c1', status: 'verified', evidence: 'Budget p. 4' },
      { id: 'c2', status: 'disputed' },
      { id: 'c3' },
      { id: 'gone', status: 'verified' },
    ],
    body: doc(
      p('The ferry costs ', claim('$4 million a year', 'c1'), ' and carries ', claim('1,200 people', 'c2'), '.'),
      section('Riders', p(claim('Most riders are students', 'c3'), '; ', claim('half live on the island', 'c-missing'), '.')),
    ),
  });
  const result = analyseClaims(article);

  it('counts claims by status, a mark without an entry counting as unverified', () => {
    expect(result.counts).toEqual({ verified: 2, disputed: 1, unverified: 2 });
  });

  it('lists each claim with its marked words, and ranges the editor selects exactly', () => {
    expect(result.claims.map((c) => [c.claimId, c.text, c.status, c.hasEntry, c.inBody])).toEqual([
      ['c1', '$4 million a year', 'verified', true, true],
      ['c2', '1,200 people', 'disputed', true, true],
      ['c3', 'Most riders are students', 'unverified', true, true],
      ['c-missing', 'half live on the island', 'unverified', false, true],
      ['gone', '', 'verified', true, false],
    ]);
    const pm = schema.nodeFromJSON(article.body);
    for (const c of result.claims.filter((x) => x.range)) expect(pm.textBetween(c.range!.from, c.range!.to)).toBe(c.text);
  });

  it('flags a claim mark without an entry and an entry whose words are gone', () => {
    expect(result.warnings.map((w) => [w.code, w.target])).toEqual([
      ['claim-without-entry', { kind: 'claim', claimId: 'c-missing', range: result.claims[3].range }],
      ['claim-not-in-body', { kind: 'claim', claimId: 'gone', range: null }],
    ]);
  });

  it('has no warnings once every mark has an entry and every entry its words', () => {
    const clean = makeArticle({ claims: [{ id: 'c1' }], body: doc(p(claim('A fact', 'c1'))) });
    expect(analyseClaims(clean).warnings).toEqual([]);
  });
});

describe('TK placeholders', () => {
  it('finds TK and TKTK as whole words, case-sensitive, wherever a reader would see them', () => {
    const a = makeArticle({
      headline: 'Ferry to cost $TK',
      body: doc(
        p('It costs $TK a year, says TKTK.'),
        p('Not in TKO, atk, Tk, tk, ÉTK or TKs.'),
        pullQuote('TK', null),
        section('Costs TK', p('Fine.')),
        image({ caption: 'Photo: TK' }),
      ),
    });
    const found = findPlaceholders(a);
    expect(found.map((f) => f.text)).toEqual(['TK', 'TK', 'TKTK', 'TK', 'TK', 'TK']);
    const pm = schema.nodeFromJSON(a.body);
    const inText = found.filter((f) => f.target.kind === 'text').slice(0, 4);
    for (const f of inText) if (f.target.kind === 'text') expect(pm.textBetween(f.target.range.from, f.target.range.to)).toBe(f.text);
    const warnings = analyseClaims(a).warnings;
    expect(warnings.filter((w) => w.code === 'placeholder-left')).toHaveLength(6);
    expect(warnings[0].message).toBe('“TK” placeholder left in the headline: fill it in before publishing.');
  });

  it('reports nothing when every TK is filled in', () => {
    expect(analyseClaims(makeArticle({ headline: 'Ferry to cost $4m', body: doc(p('It costs $4m.')) })).warnings).toEqual([]);
  });
});
