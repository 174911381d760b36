import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article/model';
import { bodyWordCount } from '../../../src/shared/article/text';
import { checkArticle, type GateResult } from '../../../src/shared/review/gate/gate';
import { GATE_RULES } from '../../../src/shared/review/gate/rules';
import { claim, doc, image, makeArticle, mark, p, pullQuote, quotation, section, title } from '../helpers/doc-builder';

const AT = '2026-03-01T10:00:00.000Z';

/** A story ready to go: attributed, verified, no TK, bylined, resolved. Each test breaks one thing. */
function ready(change: (a: Article) => Article = (a) => a): Article {
  return change(
    makeArticle({
      headline: 'Council keeps the late ferry',
      dek: 'Night workers had warned they would be stranded.',
      byline: 'By Ana Ruiz',
      slug: 'ferry-vote',
      status: 'copy-desk',
      body: doc(
        p('The council voted to keep the 11 p.m. sailing, which carried ', claim('41,000 passengers', 'c1'), ' last year.'),
        section(title('The vote'), p('Bell said ', quotation('“We had no choice,”', 'bell'), ' after the vote.'), pullQuote('We had no choice', 'bell')),
      ),
      sources: [{ id: 'bell', name: 'Morag Bell', title: 'chair' }],
      claims: [{ id: 'c1', status: 'verified', evidence: 'Operator figures' }],
    }),
  );
}

const failing = (r: GateResult) => r.items.map((i) => [i.rule, i.severity]);
const messages = (r: GateResult) => r.items.map((i) => i.message);
const withBody = (body: Article['body']) => (a: Article) => ({ ...a, body });

describe('the publish-readiness gate', () => {
  it('passes a story that is ready, with one line per rule', () => {
    const r = checkArticle(ready());
    expect(r.items).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.lines.map((l) => l.title)).toEqual(GATE_RULES.map((rule) => rule.title));
    expect(r.lines).toHaveLength(14);
  });

  it('blocks a TK, in the text or in a field, and points at it', () => {
    const r = checkArticle(ready((a) => ({ ...a, dek: 'Fares rise by TK percent.', body: doc(p('It costs $TK a year.')) })));
    const tk = r.items.filter((i) => i.rule === 'no-tk');
    expect(tk.map((i) => i.target.kind)).toEqual(['field', 'text']);
    expect(tk[1].target).toEqual({ kind: 'text', range: { from: 11, to: 13 } });
    expect(r.ok).toBe(false);
  });

  it('blocks a reporter’s off-the-record note, and only warns about the phrase in running text', () => {
    const r = checkArticle(ready(withBody(doc(p('The mayor [OTR: said the budget is dead] will vote.'), p('He later spoke off the record to aides.')))));
    expect(r.items.filter((i) => i.rule === 'off-the-record').map((i) => i.severity)).toEqual(['block', 'warn']);
  });

  it('blocks an unattributed quotation', () => {
    const r = checkArticle(ready(withBody(doc(p('“We will appeal this decision tomorrow morning,” a spokesperson said.')))));
    expect(failing(r)).toContainEqual(['quotations-attributed', 'block']);
  });

  it('blocks a pull quote that no longer matches the body, and warns when it names no source', () => {
    const r = checkArticle(ready(withBody(doc(p('Bell said ', quotation('“We had no choice,”', 'bell'), '.'), pullQuote('We had no other choice', 'bell'), pullQuote('We had no choice', null)))));
    expect(r.items.filter((i) => i.rule === 'pull-quotes-verbatim').map((i) => i.severity)).toEqual(['block', 'warn']);
  });

  it('blocks an anonymous source without a reason for anonymity', () => {
    const r = checkArticle(ready((a) => ({ ...a, sources: [{ ...a.sources[0], standing: 'anonymous', anonymousDescription: 'an official' }] })));
    expect(failing(r)).toContainEqual(['anonymity-reasons', 'block']);
  });

  it('blocks pending suggestions, in the body and on fields, naming who made them', () => {
    const r = checkArticle(
      ready((a) => ({
        ...a,
        body: doc(p('The council voted ', mark('insertion', { id: 's1' }, 'narrowly '), 'to keep it.')),
        review: {
          ...a.review,
          suggestions: {
            s1: { id: 's1', author: 'Tom Lee', at: AT, kind: 'insertion', status: 'pending', reviewer: null, reviewedAt: null, field: null, source: null },
            s2: { id: 's2', author: 'Tom Lee', at: AT, kind: 'field', status: 'pending', reviewer: null, reviewedAt: null, field: { name: 'headline', from: a.headline, to: 'Late ferry saved' }, source: null },
            s3: { id: 's3', author: 'Tom Lee', at: AT, kind: 'insertion', status: 'accepted', reviewer: 'Ana', reviewedAt: AT, field: null, source: null },
          },
        },
      })),
    );
    const pending = r.items.filter((i) => i.rule === 'no-pending-suggestions');
    expect(pending.map((i) => i.key)).toEqual(['s1', 's2']);
    expect(pending[0].message).toBe('Insertion by Tom Lee is still pending (“narrowly”): accept or reject it.');
    expect(pending[0].target).toMatchObject({ kind: 'suggestion', suggestionId: 's1' });
    expect(pending[1].target).toEqual({ kind: 'field', field: 'headline' });
  });

  it('blocks unresolved comments by default, warns when the desk says so, and shows a thread on deleted text', () => {
    const thread = { id: 't1', author: 'Tom Lee', at: AT, body: 'Is this the 2025 figure?', editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote: '41,000 passengers' };
    const a = ready((x) => ({ ...x, body: doc(p('Words without the comment.')), review: { ...x.review, threads: { t1: thread } } }));
    const blocked = checkArticle(a);
    expect(blocked.items.find((i) => i.rule === 'no-open-comments')).toMatchObject({
      severity: 'block',
      message: 'A comment by Tom Lee on deleted text “41,000 passengers” is not resolved: “Is this the 2025 figure?”.',
      target: { kind: 'comment', threadId: 't1', range: null },
    });
    expect(checkArticle(a, { options: { unresolvedComments: 'warn' } }).items.find((i) => i.rule === 'no-open-comments')?.severity).toBe('warn');
    const resolved = { ...a, review: { ...a.review, threads: { t1: { ...thread, resolvedBy: 'Ana', resolvedAt: AT } } } };
    expect(checkArticle(resolved).items.filter((i) => i.rule === 'no-open-comments')).toEqual([]);
  });

  it('blocks a claim that is not verified, unless it is waived with a reason', () => {
    const unverified = ready((a) => ({ ...a, claims: [{ ...a.claims[0], status: 'unverified' }] }));
    expect(messages(checkArticle(unverified))).toContain('The claim “41,000 passengers” is unverified: verify it, or waive it with a reason.');
    const waived = { ...unverified, review: { ...unverified.review, waivers: { c1: { by: 'Ines Okafor', at: AT, reason: 'Operator figure, attributed in the text' } } } };
    expect(checkArticle(waived).ok).toBe(true);
  });

  it('warns when headline, dek or slug run past their limits, blocks a missing headline', () => {
    const long = ready((a) => ({ ...a, headline: 'H'.repeat(101), dek: 'D'.repeat(251), slug: 's'.repeat(41) }));
    expect(checkArticle(long).items.filter((i) => i.rule === 'lengths').map((i) => [i.key, i.severity])).toEqual([
      ['headline', 'warn'],
      ['dek', 'warn'],
      ['slug', 'warn'],
    ]);
    expect(checkArticle(long).ok).toBe(true);
    expect(checkArticle(long, { strict: true }).ok).toBe(false);
    expect(checkArticle(ready((a) => ({ ...a, headline: ' ' }))).items.map((i) => i.key)).toContain('headline-empty');
  });

  it('blocks a picture without alt text, naming it by its caption and pointing at it', () => {
    const body = doc(p('The new ferry.'), image({ src: 'assets/ferry.png', caption: 'The MV Loch Seaforth at Stornoway', alt: '  ' }), image({ src: 'assets/pier.png', alt: 'The pier at dawn' }));
    const r = checkArticle(ready(withBody(body)));
    const alt = r.items.filter((i) => i.rule === 'image-alt');
    expect(alt.map((i) => [i.severity, i.message])).toEqual([['block', 'Picture 1 (“The MV Loch Seaforth at Stornoway”) has no alt text: describe what it shows for readers who cannot see it.']]);
    expect(alt[0].target).toEqual({ kind: 'text', range: { from: 16, to: 17 } });
  });

  it('blocks a story without a byline', () => {
    expect(failing(checkArticle(ready((a) => ({ ...a, byline: 'By ' }))))).toEqual([['byline', 'block']]);
  });

  it('warns when the story is off its word target by more than the tolerance', () => {
    const words = bodyWordCount(ready().body);
    expect(checkArticle(ready((a) => ({ ...a, wordTarget: words + 2 }))).items).toEqual([]);
    const r = checkArticle(ready((a) => ({ ...a, wordTarget: 800 })));
    expect(r.items).toEqual([
      expect.objectContaining({ rule: 'word-count', severity: 'warn', message: `The story is ${words} words, ${800 - words} short the target of 800 (±80 allowed).` }),
    ]);
  });

  it('blocks a story that needs a legal read until it is cleared', () => {
    expect(failing(checkArticle(ready((a) => ({ ...a, legal: { state: 'required', clearedBy: '', clearedAt: null } }))))).toEqual([['legal', 'block']]);
    expect(checkArticle(ready((a) => ({ ...a, legal: { state: 'cleared', clearedBy: 'R. Counsel', clearedAt: AT } }))).ok).toBe(true);
  });

  it('holds an embargoed story back from Published, and only from Published', () => {
    const a = ready((x) => ({ ...x, embargo: '2026-03-02T06:00:00Z' }));
    const before = new Date('2026-03-01T12:00:00Z');
    expect(checkArticle(a, { target: 'published', now: before }).items.map((i) => i.message)).toEqual(['The story is embargoed until 2026-03-02 06:00 UTC.']);
    expect(checkArticle(a, { target: 'ready-to-publish', now: before }).ok).toBe(true);
    expect(checkArticle(a, { target: 'published', now: new Date('2026-03-02T06:00:00Z') }).ok).toBe(true);
  });

  it('an override with a reason lets an item through and stays on it; without a reason it does not', () => {
    const a = ready((x) => ({ ...x, legal: { state: 'required', clearedBy: '', clearedAt: null } }));
    const over = checkArticle(a, { overrides: [{ rule: 'legal', key: '', message: '', reason: 'Lawyer cleared by phone; note to follow' }] });
    expect(over.ok).toBe(true);
    expect(over.items[0].override?.reason).toBe('Lawyer cleared by phone; note to follow');
    expect(checkArticle(a, { overrides: [{ rule: 'legal', key: '', message: '', reason: '  ' }] }).ok).toBe(false);
    expect(checkArticle(a, { overrides: [{ rule: 'legal', key: 'other', message: '', reason: 'x' }] }).ok).toBe(false);
  });

  it('a new rule is one more entry in the list', () => {
    const altText = {
      id: 'image-alt',
      title: 'Every image described',
      check: () => [{ rule: 'image-alt', key: 'img-0', severity: 'block' as const, message: 'An image has no alt text.', target: { kind: 'text' as const, range: { from: 0, to: 1 } } }],
    };
    const r = checkArticle(ready(), { rules: [...GATE_RULES, altText] });
    expect(r.lines.at(-1)?.title).toBe('Every image described');
    expect(r.ok).toBe(false);
  });
});
