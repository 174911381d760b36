import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../src/shared/article/model';
import { articleRecord } from '../../../src/shared/search/article-record';
import { reviewCounts } from '../../../src/shared/review/counts';

const authored = { author: 'Ana', at: '2026-01-01T10:00:00Z' };

function reviewed(): Article {
  const a = newArticle({ id: 'a1', now: '2026-01-01T10:00:00Z', headline: 'Ferry' });
  return {
    ...a,
    desk: 'Metro',
    assignee: 'Ana Ruiz',
    review: {
      ...a.review,
      threads: {
        t1: { id: 't1', ...authored, body: 'Check this', editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote: '' },
        t2: { id: 't2', ...authored, body: 'Done', editedAt: null, replies: {}, resolvedBy: 'Bo', resolvedAt: '2026-01-02T10:00:00Z', quote: '' },
      },
      suggestions: {
        s1: { id: 's1', ...authored, kind: 'field', status: 'pending', reviewer: null, reviewedAt: null, field: { name: 'headline', from: 'Ferry', to: 'Ferries' }, source: null },
        // Its marks are not in the body (its author deleted the words again): nothing left to decide.
        s2: { id: 's2', ...authored, kind: 'insertion', status: 'pending', reviewer: null, reviewedAt: null, field: null, source: null },
      },
    },
  };
}

describe('articleRecord', () => {
  it('indexes file format 2’s desk, assignee and review counts as the library list counts them', () => {
    const article = reviewed();
    const record = articleRecord(article);
    expect(record).toMatchObject({ desk: 'Metro', assignee: 'Ana Ruiz', openComments: 1, pendingSuggestions: 1 });
    expect({ openComments: record.openComments, pendingSuggestions: record.pendingSuggestions }).toEqual(reviewCounts(article));
  });
});
