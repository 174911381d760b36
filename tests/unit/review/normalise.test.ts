import { describe, expect, it } from 'vitest';
import { parseArticle, serializeArticle } from '../../../src/shared/article/file-format';
import { doc, makeArticle, mark, p } from '../helpers/doc-builder';

const comment = (id: string, ...words: string[]) => mark('comment', { id }, ...words);
const inserted = (id: string, ...words: string[]) => mark('insertion', { id }, ...words);

const thread = (id: string, extra: Record<string, unknown> = {}) => ({
  id, author: 'Tom Lee', at: '2026-03-01T10:00:00.000Z', body: 'Source?', editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote: 'the vote', ...extra,
});
const suggestion = (id: string, extra: Record<string, unknown> = {}) => ({
  id, author: 'Tom Lee', at: '2026-03-01T10:00:00.000Z', kind: 'insertion', status: 'pending', reviewer: null, reviewedAt: null, field: null, source: null, ...extra,
});

/** An article file as another copy of Copydesk (or another tool) might have written it. */
function file(body = doc(p('The ', comment('c1', 'vote'), ' was close.')), review: unknown = { version: 1, threads: { c1: thread('c1') }, suggestions: {} }): string {
  const text = serializeArticle(makeArticle({ body }));
  const raw = JSON.parse(text);
  raw.review = review;
  return JSON.stringify(raw);
}

function open(text: string) {
  const r = parseArticle(text);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe('review data that does not fit', () => {
  it('a clean file opens with no notes', () => {
    const r = open(file());
    expect(r.notes).toBeUndefined();
    expect(r.article.review.threads.c1.body).toBe('Source?');
  });

  it('review data from a newer version: what can be read is shown, the rest is written back where it was', () => {
    const review = {
      version: 2,
      threads: { c1: thread('c1', { reactions: { '👍': ['Ana'] } }) },
      suggestions: { s1: suggestion('s1', { kind: 'table-cell' }), s2: suggestion('s2') },
      polls: { p1: { question: 'Lead with the vote?' } },
    };
    const r = open(file(doc(p('The ', comment('c1', 'vote'), ' ', inserted('s2', 'narrow'), ' was close.')), review));
    expect(r.notes!.map((n) => n.code)).toEqual(['review-newer', 'review-entry-unreadable']);
    expect(r.notes![1].message).toMatch(/1 comment or suggestion .* could not be read .* kept unchanged/);
    expect(Object.keys(r.article.review.suggestions)).toEqual(['s2']);
    const saved = JSON.parse(serializeArticle(r.article)).review;
    expect(saved.version).toBe(2);
    expect(saved.suggestions.s1).toEqual(review.suggestions.s1);
    expect(saved.threads.c1.reactions).toEqual({ '👍': ['Ana'] });
    expect(saved.polls).toEqual(review.polls);
    expect(saved.unreadable).toBeUndefined();
    // And the next open reads it the same way: nothing drifts between saves.
    expect(open(serializeArticle(r.article)).article).toEqual(r.article);
  });

  it('a comment anchor whose thread is missing gets an empty thread holding its words', () => {
    const r = open(file(doc(p('The ', comment('c9', 'harbour fees'), ' rose.')), { version: 1, threads: {}, suggestions: {} }));
    expect(r.notes!.map((n) => n.code)).toEqual(['comment-without-thread']);
    expect(r.notes![0].message).toContain('“harbour fees”');
    expect(r.article.review.threads.c9).toMatchObject({ id: 'c9', body: '', quote: 'harbour fees', resolvedAt: null });
  });

  it('a thread with no anchor is kept and reported as on deleted text', () => {
    const r = open(file(doc(p('The words it was on are gone.')), { version: 1, threads: { c1: thread('c1') }, suggestions: {} }));
    expect(r.notes!.map((n) => n.code)).toEqual(['thread-without-anchor']);
    expect(r.notes![0].message).toMatch(/on deleted text/);
    expect(r.article.review.threads.c1.quote).toBe('the vote');
    // A resolved one is history, not a problem.
    const resolved = open(file(doc(p('Gone.')), { threads: { c1: thread('c1', { resolvedBy: 'Ana', resolvedAt: '2026-03-02T00:00:00Z' }) } }));
    expect(resolved.notes).toBeUndefined();
  });

  it('a suggestion mark with no metadata is pending, by an unknown author', () => {
    const r = open(file(doc(p('The vote was ', inserted('s7', 'very '), 'close.')), { threads: {}, suggestions: {} }));
    expect(r.notes!.map((n) => n.code)).toEqual(['suggestion-without-metadata']);
    expect(r.article.review.suggestions.s7).toMatchObject({ author: '', kind: 'insertion', status: 'pending' });
  });

  it('review data that is not an object at all is kept in the file, unchanged', () => {
    const r = open(file(doc(p('Plain.')), 'garbled'));
    expect(r.notes!.map((n) => n.code)).toEqual(['review-unreadable']);
    expect(JSON.parse(serializeArticle(r.article)).review.review).toBe('garbled');
    const damagedMap = open(file(doc(p('Plain.')), { threads: [1, 2], suggestions: {} }));
    expect(damagedMap.notes!.map((n) => n.code)).toEqual(['review-entry-unreadable']);
    expect(JSON.parse(serializeArticle(damagedMap.article)).review.threads).toEqual([1, 2]);
  });

  it('a damaged thread is kept as it was, and its anchor is not given a second, empty thread', () => {
    const r = open(file(undefined, { threads: { c1: { id: 'c1', author: 42 } }, suggestions: {} }));
    expect(r.notes!.map((n) => n.code)).toEqual(['review-entry-unreadable']);
    expect(r.article.review.threads.c1).toBeUndefined();
    expect(JSON.parse(serializeArticle(r.article)).review.threads.c1).toEqual({ id: 'c1', author: 42 });
  });
});
