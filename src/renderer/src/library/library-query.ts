import { ARTICLE_STATUSES, type ArticleSummary } from '../../../shared/article/model';
import { STATUS_LABELS } from '../../../shared/article/labels';
import type { FacetCount, SearchFacets, SearchFilters, SearchHit, SearchSort, Snippet } from '../../../shared/ipc/channels/search';
import type { LibraryGrouping, SavedLibraryView } from '../../../shared/ipc/channels/settings';
import type { TextRange } from '../../../shared/search/highlight';

/** What the library shows: the search box's words, the chips, the order and the grouping. */
export interface LibraryQuery {
  text: string;
  filters: SearchFilters;
  sort: SearchSort;
  group: LibraryGrouping;
}

export const EMPTY_QUERY: LibraryQuery = { text: '', filters: {}, sort: 'modified', group: 'none' };

/** One article as a row of the list, whether it came from the listing or from a search. */
export interface LibraryRow {
  file: string;
  headline: string;
  headlineHighlights: TextRange[];
  byline: string;
  status: string;
  desk: string;
  assignee: string;
  words: number;
  modifiedMs: number;
  snippet: Snippet | null;
}

export type ListItem = { kind: 'group'; key: string; label: string; count: number } | { kind: 'article'; row: LibraryRow };

export const FACET_NAMES = ['status', 'desk', 'assignee', 'byline'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export function rowFromSummary(a: ArticleSummary): LibraryRow {
  return {
    file: a.file,
    headline: a.headline,
    headlineHighlights: [],
    byline: a.byline,
    status: a.status,
    desk: a.desk,
    assignee: a.assignee,
    words: a.wordCount,
    modifiedMs: a.modifiedMs,
    snippet: null,
  };
}

export function rowFromHit(h: SearchHit): LibraryRow {
  return {
    file: h.file,
    headline: h.headline,
    headlineHighlights: h.headlineHighlights,
    byline: h.byline,
    status: h.status,
    desk: h.desk,
    assignee: h.assignee,
    words: h.words,
    modifiedMs: h.modifiedMs,
    snippet: h.snippet,
  };
}

const statusRank = (s: string) => {
  const i = (ARTICLE_STATUSES as readonly string[]).indexOf(s);
  return i < 0 ? ARTICLE_STATUSES.length : i;
};

/**
 * The same rules as the index's filters (search-index.ts), for the listing when nothing is typed:
 * values match exactly, and a date bound that is a date alone includes that whole day.
 */
function passes(a: ArticleSummary, f: SearchFilters, skip: FacetName | null): boolean {
  const inList = (name: FacetName, value: string) => skip === name || !f[name]?.length || f[name]!.includes(value);
  if (!inList('status', a.status) || !inList('desk', a.desk) || !inList('assignee', a.assignee) || !inList('byline', a.byline)) return false;
  const from = (v: string, bound?: string) => !bound || v >= bound;
  const to = (v: string, bound?: string) => !bound || v.slice(0, bound.length) <= bound;
  if (!from(a.updatedAt, f.updatedFrom) || !to(a.updatedAt, f.updatedTo)) return false;
  if (!from(a.createdAt, f.createdFrom) || !to(a.createdAt, f.createdTo)) return false;
  if (f.hasUnverifiedClaims !== undefined && a.hasUnverifiedClaims !== f.hasUnverifiedClaims) return false;
  if (f.hasOpenComments !== undefined && a.openComments > 0 !== f.hasOpenComments) return false;
  if (f.hasPendingSuggestions !== undefined && a.pendingSuggestions > 0 !== f.hasPendingSuggestions) return false;
  return true;
}

type Compare = (a: ArticleSummary, b: ArticleSummary) => number;
const byFile: Compare = (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Orders as the index orders: newest and longest first, headline and status (workflow order) ascending. */
const COMPARE: Record<SearchSort, Compare> = {
  relevance: (a, b) => b.modifiedMs - a.modifiedMs,
  modified: (a, b) => b.modifiedMs - a.modifiedMs,
  created: (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0),
  headline: (a, b) => collator.compare(a.headline, b.headline),
  words: (a, b) => b.wordCount - a.wordCount,
  status: (a, b) => statusRank(a.status) - statusRank(b.status) || b.modifiedMs - a.modifiedMs,
};

/** The listing filtered and sorted, with counts per facet value (each ignoring its own filter, as the index counts them). */
export function queryListing(articles: readonly ArticleSummary[], filters: SearchFilters, sort: SearchSort): { rows: LibraryRow[]; facets: SearchFacets } {
  const compare = COMPARE[sort];
  const rows = articles
    .filter((a) => passes(a, filters, null))
    .sort((a, b) => compare(a, b) || byFile(a, b))
    .map(rowFromSummary);
  const facets = Object.fromEntries(
    FACET_NAMES.map((name) => {
      const counts = new Map<string, number>();
      for (const a of articles) if (passes(a, filters, name)) counts.set(a[name], (counts.get(a[name]) ?? 0) + 1);
      const list: FacetCount[] = [...counts].map(([value, count]) => ({ value, count })).sort((x, y) => y.count - x.count || collator.compare(x.value, y.value));
      return [name, list];
    }),
  ) as SearchFacets;
  return { rows, facets };
}

export function facetLabel(name: FacetName, value: string): string {
  if (name === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
  if (value === '') return name === 'desk' ? 'No desk' : name === 'assignee' ? 'Unassigned' : 'No byline';
  return value;
}

/**
 * Rows with a heading before each group: statuses in workflow order, desks alphabetically (no desk
 * last), each row keeping its order within its group. `counts` (from the search's facets) gives a
 * group's size when only some of the matches are loaded.
 */
export function groupRows(rows: readonly LibraryRow[], group: LibraryGrouping, counts?: readonly FacetCount[]): ListItem[] {
  if (group === 'none') return rows.map((row) => ({ kind: 'article', row }));
  const groups = new Map<string, LibraryRow[]>();
  for (const row of rows) {
    const key = row[group];
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const keys = [...groups.keys()].sort(
    group === 'status' ? (a, b) => statusRank(a) - statusRank(b) : (a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)),
  );
  return keys.flatMap((key) => {
    const members = groups.get(key)!;
    const count = counts?.find((c) => c.value === key)?.count ?? members.length;
    return [{ kind: 'group' as const, key, label: facetLabel(group, key), count }, ...members.map((row) => ({ kind: 'article' as const, row }))];
  });
}

/** The built-in views; "My drafts" narrows to the user's own when settings hold their name. */
export function builtInViews(displayName: string): SavedLibraryView[] {
  const me = displayName.trim();
  return [
    { name: 'All articles', text: '', filters: {}, sort: 'modified', group: 'none' },
    { name: 'My drafts', text: '', filters: me ? { status: ['draft'], assignee: [me] } : { status: ['draft'] }, sort: 'modified', group: 'none' },
    { name: 'Ready to publish', text: '', filters: { status: ['ready-to-publish'] }, sort: 'modified', group: 'none' },
  ];
}

/** Whether the library shows exactly what a view holds (so its button reads as the current one). */
export function sameQuery(a: LibraryQuery, b: LibraryQuery): boolean {
  return a.text.trim() === b.text.trim() && a.sort === b.sort && a.group === b.group && JSON.stringify(cleanFilters(a.filters)) === JSON.stringify(cleanFilters(b.filters));
}

/** Filters without empty lists and unset bounds, keys in a fixed order: what is worth sending or saving. */
export function cleanFilters(f: SearchFilters): SearchFilters {
  const out: SearchFilters = {};
  for (const name of FACET_NAMES) if (f[name]?.length) out[name] = [...f[name]!].sort();
  for (const k of ['updatedFrom', 'updatedTo', 'createdFrom', 'createdTo'] as const) if (f[k]) out[k] = f[k];
  for (const k of ['hasUnverifiedClaims', 'hasOpenComments', 'hasPendingSuggestions'] as const) if (f[k] !== undefined) out[k] = f[k];
  return out;
}
