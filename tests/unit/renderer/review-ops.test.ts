import { describe, expect, it } from 'vitest';
import { ArticleDocument } from '../../../src/renderer/src/article/store/document';
import { reviewOps } from '../../../src/renderer/src/review/review-ops';
import { addThread, reply, resolve } from '../../../src/shared/review/comments';
import { recordDecision } from '../../../src/shared/review/decide';
import type { Review } from '../../../src/shared/article/review-model';
import { doc, makeArticle, p } from '../helpers/doc-builder';

const ok = (r: ReturnType<typeof addThread>): Review => {
  if (!r.ok) throw new Error(r.reason);
  return r.review;
};

describe('review changes through the article document', () => {
  it('applies a comment rule as one operation per thread, and undo puts the thread back as it was', () => {
    const document = new ArticleDocument(makeArticle({ body: doc(p('The ferry will cost £4m a year.')) }));
    const start = document.fields.review;
    const withThread = ok(addThread(start, { id: 'cm-1', author: 'Sam Okafor', at: '2026-12-01T10:00:00Z', body: 'Source?', quote: '£4m a year' }));
    const ops = reviewOps(start, withThread);
    expect(ops).toEqual([{ kind: 'review.thread', id: 'cm-1', value: withThread.threads['cm-1'] }]);
    document.apply(ops);
    const replied = ok(reply(document.fields.review, 'cm-1', { id: 're-1', author: 'Ana Ruiz', at: '2026-12-01T10:05:00Z', body: 'Budget paper.' }));
    document.apply(reviewOps(document.fields.review, replied));
    document.apply(reviewOps(document.fields.review, ok(resolve(document.fields.review, 'cm-1', 'Ana Ruiz', '2026-12-01T10:06:00Z'))));
    expect(document.fields.review.threads['cm-1'].resolvedBy).toBe('Ana Ruiz');

    document.undo();
    expect(document.fields.review.threads['cm-1'].resolvedBy).toBeNull();
    expect(Object.keys(document.fields.review.threads['cm-1'].replies)).toEqual(['re-1']);
    document.undo();
    document.undo();
    expect(document.fields.review.threads).toEqual({});
    document.redo();
    expect(document.fields.review.threads['cm-1'].body).toBe('Source?');
  });

  it('records a decision on the suggestion it decides and nothing else', () => {
    const suggestion = { id: 'sg-1', author: 'Sam Okafor', at: '2026-12-01T10:00:00Z', kind: 'insertion' as const, status: 'pending' as const, reviewer: null, reviewedAt: null, field: null, source: null };
    const article = makeArticle({ body: doc(p('Fares rise.')) });
    article.review = { ...article.review, suggestions: { 'sg-1': suggestion, 'sg-2': { ...suggestion, id: 'sg-2' } } };
    const document = new ArticleDocument(article);
    const decided = recordDecision(document.fields.review, ['sg-1'], 'accept', 'Ana Ruiz', '2026-12-01T11:00:00Z');
    const ops = reviewOps(document.fields.review, decided);
    expect(ops.map((o) => o.id)).toEqual(['sg-1']);
    document.apply(ops);
    expect(document.fields.review.suggestions['sg-1']).toMatchObject({ status: 'accepted', reviewer: 'Ana Ruiz' });
    expect(document.fields.review.suggestions['sg-2'].status).toBe('pending');
    document.undo();
    expect(document.fields.review.suggestions['sg-1'].status).toBe('pending');
  });
});
