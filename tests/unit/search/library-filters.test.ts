import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../src/shared/article/model';
import type { SearchFilters } from '../../../src/shared/ipc/channels/search';
import { queryListing } from '../../../src/renderer/src/library/library-query';
import { doc, makeArticle, p } from '../helpers/doc-builder';
import { ask, builtIndex, tempLibrary, writeArticle } from './support';

const STATUSES = ['draft', 'in-edit', 'ready-to-publish', 'published'] as const;
const DESKS = ['Metro', 'Business', ''];
const PEOPLE = ['Ana Ruiz', 'Iain Ross', ''];

/**
 * The library filters the listing in the page while nothing is typed and asks the index once words
 * are: both must let the same articles through and count the chips the same, or a chip's number
 * would change the moment someone types.
 */
describe('the library’s own filtering', () => {
  it('lets the same articles through as the index, in the same order, with the same chip counts', () => {
  const summaries: ArticleSummary[] = [];
  const { root, dbPath } = tempLibrary('library-filters');
  for (let i = 0; i < 24; i++) {
    const createdAt = `2026-0${1 + (i % 6)}-${String(10 + i).padStart(2, '0')}T08:00:00.000Z`;
    const fields = {
      id: `a${i}`,
      headline: `Story ${String.fromCharCode(65 + i)}`,
      byline: `By ${PEOPLE[i % 3] || 'Staff'}`,
      status: STATUSES[i % 4],
      desk: DESKS[i % 3],
      assignee: PEOPLE[(i + 1) % 3],
      createdAt,
      updatedAt: createdAt,
    };
    const file = `story-${i}.article.json`;
    writeArticle(root, file, makeArticle({ ...fields, body: doc(p(`Words ${i}.`)) }));
    summaries.push({ ...fields, file, slug: '', hasUnverifiedClaims: false, openComments: 0, pendingSuggestions: 0, wordCount: 2, modifiedMs: i, hash: String(i) });
  }
  const index = builtIndex(root, dbPath);

  const cases: SearchFilters[] = [
    {},
    { status: ['draft'] },
    { status: ['draft', 'published'], desk: ['Metro'] },
    { desk: [''] },
    { assignee: ['Ana Ruiz'], byline: ['By Iain Ross'] },
    { updatedFrom: '2026-03-01', updatedTo: '2026-04-30' },
    { createdTo: '2026-02-11' },
    { createdFrom: '2026-05-15', status: ['in-edit', 'ready-to-publish'] },
  ];
  const counts = (f: { value: string; count: number }[]) => Object.fromEntries(f.map((c) => [c.value, c.count]));
  for (const filters of cases) {
    const answer = ask(index, { filters, sort: 'created', limit: 200 });
    const local = queryListing(summaries, filters, 'created');
    expect(local.rows.map((r) => r.file), JSON.stringify(filters)).toEqual(answer.hits.map((h) => h.file));
    for (const name of ['status', 'desk', 'assignee', 'byline'] as const) {
      expect(counts(local.facets[name]), `${name} for ${JSON.stringify(filters)}`).toEqual(counts(answer.facets![name]));
    }
  }
  });
});
