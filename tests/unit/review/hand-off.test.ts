import { describe, expect, it } from 'vitest';
import { finalExport, handOff } from '../../../src/shared/review/hand-off';
import { summarise } from '../../../src/main/library/library-service';
import { claim, doc, makeArticle, mark, p } from '../helpers/doc-builder';

const AT = '2026-03-01T10:00:00.000Z';
const story = () =>
  makeArticle({
    headline: 'Council keeps the late ferry',
    byline: 'By Ana Ruiz',
    slug: 'ferry-vote',
    status: 'copy-desk',
    body: doc(p('It carried ', claim('41,000 passengers', 'c1'), ' last year.')),
    claims: [{ id: 'c1', status: 'unverified' }],
  });

describe('hand-offs', () => {
  it('records who, when, from and to, and a note, for a status the gate does not guard', () => {
    const r = handOff({ ...story(), status: 'draft' }, { to: 'ready-for-edit', by: 'Ana Ruiz', at: AT, id: 'st1', note: 'First draft done' });
    if (!r.ok) throw new Error('blocked');
    expect(r.article.status).toBe('ready-for-edit');
    expect(r.article.statusLog).toEqual([{ id: 'st1', by: 'Ana Ruiz', at: AT, from: 'draft', to: 'ready-for-edit', note: 'First draft done', overrides: [] }]);
    expect(r.gate).toBeNull();
  });

  it('stops at the gate before Ready to publish, and lets an override with a reason through into the log', () => {
    const blocked = handOff(story(), { to: 'ready-to-publish', by: 'Ines Okafor', at: AT, id: 'st2' });
    expect(blocked.ok).toBe(false);
    if (blocked.ok) return;
    expect(blocked.gate.items.map((i) => i.rule)).toEqual(['claims-verified']);
    const through = handOff(story(), {
      to: 'ready-to-publish',
      by: 'Ines Okafor',
      at: AT,
      id: 'st2',
      overrides: [{ rule: 'claims-verified', key: 'c1', message: '', reason: 'Figure is the operator’s, attributed in the text' }],
    });
    if (!through.ok) throw new Error('still blocked');
    expect(through.entry.overrides).toEqual([
      { rule: 'claims-verified', key: 'c1', message: 'The claim “41,000 passengers” is unverified: verify it, or waive it with a reason.', reason: 'Figure is the operator’s, attributed in the text' },
    ]);
    expect(through.article.statusLog.at(-1)).toMatchObject({ by: 'Ines Okafor', from: 'copy-desk', to: 'ready-to-publish' });
  });
});

describe('what the library list knows of an article', () => {
  it('a final export past the checklist needs a reason for each failed item, and leaves a log entry without changing the status', () => {
    const blocked = finalExport(story(), { by: 'Ines Okafor', at: AT, id: 'x1', format: 'PDF' });
    expect(blocked.ok).toBe(false);
    const half = finalExport(story(), { by: 'Ines Okafor', at: AT, id: 'x1', format: 'PDF', overrides: [{ rule: 'claims-verified', key: 'c1', message: '', reason: '   ' }] });
    expect(half.ok).toBe(false);
    const through = finalExport(story(), {
      by: 'Ines Okafor',
      at: AT,
      id: 'x1',
      format: 'PDF',
      overrides: [{ rule: 'claims-verified', key: 'c1', message: '', reason: 'Operator’s figure, attributed' }],
    });
    if (!through.ok) throw new Error('still blocked');
    expect(through.article.status).toBe('copy-desk');
    expect(through.article.statusLog).toEqual([
      {
        id: 'x1',
        by: 'Ines Okafor',
        at: AT,
        from: 'copy-desk',
        to: 'copy-desk',
        note: 'Final export (PDF)',
        event: 'final-export',
        overrides: [{ rule: 'claims-verified', key: 'c1', message: 'The claim “41,000 passengers” is unverified: verify it, or waive it with a reason.', reason: 'Operator’s figure, attributed' }],
      },
    ]);
    // A clean final export leaves the article as it was.
    const clean = { ...story(), claims: story().claims.map((c) => ({ ...c, status: 'verified' as const })) };
    const passed = finalExport(clean, { by: 'Ines Okafor', at: AT, id: 'x2', format: 'HTML' });
    expect(passed.ok && passed.entry).toBe(null);
    expect(passed.ok && passed.article).toBe(clean);
  });

  it('desk, assignee, byline, created time, unverified claims, open comments and pending suggestions', () => {
    const a = {
      ...story(),
      desk: 'Metro',
      assignee: 'Tom Lee',
      body: doc(p('It carried ', claim('41,000', 'c1'), mark('insertion', { id: 's1' }, ' more'), ' passengers.')),
    };
    a.review = {
      ...a.review,
      threads: {
        t1: { id: 't1', author: 'Tom', at: AT, body: 'Source?', editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote: '' },
        t2: { id: 't2', author: 'Tom', at: AT, body: 'Done', editedAt: null, replies: {}, resolvedBy: 'Ana', resolvedAt: AT, quote: '' },
      },
      suggestions: { s1: { id: 's1', author: 'Tom', at: AT, kind: 'insertion', status: 'pending', reviewer: null, reviewedAt: null, field: null, source: null } },
    };
    expect(summarise('f.article.json', a, 'hash', 1)).toMatchObject({
      desk: 'Metro',
      assignee: 'Tom Lee',
      byline: 'By Ana Ruiz',
      createdAt: a.createdAt,
      hasUnverifiedClaims: true,
      openComments: 1,
      pendingSuggestions: 1,
    });
  });
});
