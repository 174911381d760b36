import { describe, expect, it } from 'vitest';
import { Transform } from '@tiptap/pm/transform';
import type { Article } from '../../../src/shared/article/model';
import { articleSchema } from '../../../src/shared/schema';
import { mergeArticles } from '../../../src/shared/review/merge';
import { reviewAnchors } from '../../../src/shared/review/anchors';
import { decideInDocument } from '../../../src/shared/review/decide';
import { bodyBeforeSuggestions } from '../../../src/shared/review/before-suggestions';
import { doc, makeArticle, p, section, title } from '../helpers/doc-builder';
import { withBlockText as edit } from '../helpers/edit-article';

const AT = '2026-03-02T09:00:00.000Z';
const schema = articleSchema();

function base(): Article {
  return makeArticle({
    headline: 'Council keeps the late ferry',
    dek: 'A close vote.',
    body: doc(
      p('The council voted on Tuesday.'),
      p('Fares will rise in May.'),
      section({ id: 's1' }, title('How the vote went'), p('It was five to four.'), p('The chair spoke last.')),
    ),
    sources: [{ id: 'bell', name: 'Morag Bell' }],
    claims: [{ id: 'c1', status: 'unverified' }],
  });
}

const texts = (a: Article) => {
  const out: string[] = [];
  schema.nodeFromJSON(a.body).descendants((n) => {
    if (n.isTextblock) out.push(n.textContent);
    return true;
  });
  return out;
};
const accepted = (a: Article) => {
  const t = new Transform(schema.nodeFromJSON(a.body));
  decideInDocument(t, 'accept', () => true);
  return { ...a, body: t.doc.toJSON() };
};

describe('three-way merge of two copies of an article', () => {
  it('takes changes that do not overlap, theirs as suggestions by them, mine as they are', () => {
    const mine = edit(base(), [0], 'The council voted narrowly on Tuesday.');
    const theirs = edit(edit(base(), [2, 2], 'The chair spoke first.'), [1], 'Fares will rise in June.');
    const r = mergeArticles(base(), mine, theirs, 'Tom Lee', AT);
    expect(r.conflicts).toEqual([]);
    expect(r.suggested).toBe(2);
    // Nothing of theirs lands unseen: the text as it stands (before their suggestions) is mine.
    const before = { ...r.article, body: bodyBeforeSuggestions(r.article.body) };
    expect(texts(before)).toEqual(texts(mine));
    // Accepting their suggestions gives both sets of changes.
    expect(texts(accepted(r.article))).toEqual(['The council voted narrowly on Tuesday.', 'Fares will rise in June.', 'How the vote went', 'It was five to four.', 'The chair spoke first.']);
    // Each is a small inline change, attributed to them.
    const anchors = [...reviewAnchors(r.article.body).suggestions.values()];
    expect(anchors.map((a) => [a.deleted, a.inserted])).toEqual([
      ['May', 'June'],
      ['last', 'first'],
    ]);
    expect(anchors.every((a) => r.article.review.suggestions[a.id].author === 'Tom Lee')).toBe(true);
  });

  it('returns a paragraph both changed as a conflict with both sides, keeping mine in the text', () => {
    const mine = edit(base(), [1], 'Fares will rise by 12 percent in May.');
    const theirs = edit(base(), [1], 'Fares will rise in June.');
    const r = mergeArticles(base(), mine, theirs, 'Tom Lee', AT);
    expect(r.conflicts).toHaveLength(1);
    const [c] = r.conflicts;
    if (c.kind !== 'blocks') throw new Error(c.kind);
    expect([c.base, c.mine, c.theirs].map((side) => side[0].content![0].text)).toEqual(['Fares will rise in May.', 'Fares will rise by 12 percent in May.', 'Fares will rise in June.']);
    expect(texts(r.article)[1]).toBe('Fares will rise by 12 percent in May.');
    expect(schema.nodeFromJSON(r.article.body).textBetween(c.range.from, c.range.to)).toBe('Fares will rise by 12 percent in May.');
  });

  it('merges inside a section both changed, paragraph by paragraph, and takes a section they added', () => {
    const mine = edit(base(), [2, 1], 'It was five votes to four.');
    const theirs = edit(base(), [2, 2], 'The chair spoke first.');
    theirs.body.content!.push(section({ id: 's2' }, title('What next'), p('A review in March.')));
    const r = mergeArticles(base(), mine, theirs, 'Tom Lee', AT);
    expect(r.conflicts).toEqual([]);
    expect(texts(accepted(r.article))).toEqual([
      'The council voted on Tuesday.', 'Fares will rise in May.', 'How the vote went', 'It was five votes to four.', 'The chair spoke first.', 'What next', 'A review in March.',
    ]);
  });

  it('merges fields per key: theirs become field suggestions, both changed is a conflict', () => {
    const mine = { ...base(), dek: 'A very close vote.' };
    const theirs = { ...base(), headline: 'Late ferry saved', dek: 'A narrow vote.', desk: 'Metro', wordTarget: 600 };
    const r = mergeArticles(base(), mine, theirs, 'Tom Lee', AT);
    expect(r.article.headline).toBe('Council keeps the late ferry');
    expect(r.article.wordTarget).toBe(600);
    const fields = Object.values(r.article.review.suggestions).filter((s) => s.kind === 'field');
    expect(fields.map((s) => [s.author, s.field])).toEqual([
      ['Tom Lee', { name: 'headline', from: 'Council keeps the late ferry', to: 'Late ferry saved' }],
      ['Tom Lee', { name: 'desk', from: '', to: 'Metro' }],
    ]);
    expect(r.conflicts).toEqual([{ kind: 'field', field: 'dek', base: 'A close vote.', mine: 'A very close vote.', theirs: 'A narrow vote.' }]);
  });

  it('merges sources, claims, comments and replies per key; the hand-off log keeps both sides', () => {
    const b = base();
    const thread = { id: 't1', author: 'Ana', at: AT, body: 'Check the date', editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote: 'Tuesday' };
    b.review.threads = { t1: thread };
    const reply = (id: string, author: string) => ({ id, author, at: AT, body: `${author} replies`, editedAt: null });
    const mine: Article = {
      ...b,
      sources: [...b.sources, { ...b.sources[0], id: 'ruiz', name: 'Ana Ruiz' }],
      claims: [{ ...b.claims[0], status: 'verified' }],
      review: { ...b.review, threads: { t1: { ...thread, replies: { r1: reply('r1', 'Ana') } } } },
      statusLog: [{ id: 'st1', by: 'Ana', at: '2026-03-01T10:00:00.000Z', from: 'draft', to: 'ready-for-edit', note: '', overrides: [] }],
    };
    const theirs: Article = {
      ...b,
      sources: [{ ...b.sources[0], title: 'chair' }],
      review: { ...b.review, threads: { t1: { ...thread, resolvedBy: 'Tom', resolvedAt: AT, replies: { r2: reply('r2', 'Tom') } } } },
      statusLog: [{ id: 'st2', by: 'Tom', at: '2026-03-01T11:00:00.000Z', from: 'ready-for-edit', to: 'in-edit', note: '', overrides: [] }],
    };
    const r = mergeArticles(b, mine, theirs, 'Tom', AT);
    expect(r.conflicts).toEqual([]);
    expect(r.article.sources.map((s) => [s.id, s.title])).toEqual([['bell', 'chair'], ['ruiz', '']]);
    expect(r.article.claims[0].status).toBe('verified');
    expect(Object.keys(r.article.review.threads.t1.replies)).toEqual(['r1', 'r2']);
    expect(r.article.review.threads.t1.resolvedBy).toBe('Tom');
    expect(r.article.statusLog.map((e) => e.id)).toEqual(['st1', 'st2']);
  });

  it('reports an entry both changed differently, keeping mine', () => {
    const b = base();
    const mine = { ...b, claims: [{ ...b.claims[0], status: 'verified' as const }] };
    const theirs = { ...b, claims: [{ ...b.claims[0], status: 'disputed' as const }] };
    const r = mergeArticles(b, mine, theirs, 'Tom', AT);
    expect(r.conflicts).toMatchObject([{ kind: 'entry', map: 'claims', id: 'c1' }]);
    expect(r.article.claims[0].status).toBe('verified');
  });
});
