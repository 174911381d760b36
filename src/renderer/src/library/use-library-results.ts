import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api';
import type { ArticleSummary } from '../../../shared/article/model';
import type { IndexStatus, SearchFacets } from '../../../shared/ipc/channels/search';
import type { HighlightTerm } from '../../../shared/search/query';
import { errorSentence } from '../ui/errors';
import { cleanFilters, groupRows, queryListing, rowFromHit, type LibraryQuery, type LibraryRow, type ListItem } from './library-query';

/** Matches fetched per request; more are fetched as the list is scrolled near its end. */
const PAGE = 200;
const MAX_SENT = 10_000;
/** Typing pauses this long before a search is sent. */
const TYPING_PAUSE_MS = 120;

export interface LibraryResults {
  /** `listing` while nothing is typed (every article, filtered here); `search` while the index answers. */
  mode: 'listing' | 'search';
  items: ListItem[];
  /** Articles that match in all (more than `items` holds while a search's later pages are not loaded). */
  total: number;
  facets: SearchFacets;
  /** The search's words, to open an article at their first match. */
  terms: HighlightTerm[];
  notices: string[];
  error: string | null;
  searching: boolean;
  index: IndexStatus | null;
  /** Fetches the next page of matches, if there is one. */
  loadMore: () => void;
}

interface Answer {
  key: string;
  rows: LibraryRow[];
  total: number;
  facets: SearchFacets | null;
  terms: HighlightTerm[];
  notices: string[];
  error: string | null;
}

const NO_FACETS: SearchFacets = { status: [], desk: [], assignee: [], byline: [] };

/**
 * The library's rows for a query: the listing filtered and sorted in the page when nothing is typed
 * (every article, instantly, even while the index rebuilds); the index's ranked matches otherwise,
 * a page at a time. A newer query's answer always wins over an older one still on its way.
 */
export function useLibraryResults(articles: readonly ArticleSummary[] | null, query: LibraryQuery): LibraryResults {
  const text = query.text.trim();
  const filters = useMemo(() => cleanFilters(query.filters), [query.filters]);
  const key = JSON.stringify([text, filters, query.sort]);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [index, setIndex] = useState<IndexStatus | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(key);
  latest.current = key;

  useEffect(() => {
    void api.call('search.status', {}).then((r) => r.ok && setIndex(r.value));
    return api.on('search.progress', setIndex);
  }, []);

  const fetchPage = useCallback(
    async (offset: number, before: LibraryRow[]) => {
      const asked = latest.current;
      setLoading(true);
      let r;
      try {
        // Past the channel's ceiling the parser's own notice says how much of it was used.
        r = await api.call('search.query', { text: text.slice(0, MAX_SENT), filters, sort: query.sort, offset, limit: PAGE, facets: offset === 0 });
      } catch (e) {
        r = { ok: false as const, error: { code: 'internal' as const, message: (e as Error).message } };
      }
      if (latest.current !== asked) return;
      setLoading(false);
      if (!r.ok) {
        const message = r.error.code === 'invalid-request' ? `That search could not be used (${r.error.message}).` : errorSentence(r.error);
        setAnswer({ key: asked, rows: [], total: 0, facets: null, terms: [], notices: [], error: message });
        return;
      }
      const v = r.value;
      setIndex(v.index);
      setAnswer((prev) => ({
        key: asked,
        rows: [...before, ...v.hits.map(rowFromHit)],
        total: v.total,
        facets: v.facets ?? (prev?.key === asked ? prev.facets : null),
        terms: v.terms,
        notices: v.notices,
        error: null,
      }));
    },
    [text, filters, query.sort],
  );

  // A new search after a pause in typing; again when the library changed or the index caught up.
  const complete = index?.complete ?? false;
  useEffect(() => {
    if (!text) return;
    const timer = setTimeout(() => void fetchPage(0, []), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, fetchPage, articles, complete]);

  const listed = useMemo(() => (articles && !text ? queryListing(articles, filters, query.sort) : null), [articles, text, filters, query.sort]);

  const current = answer && answer.key === key ? answer : null;
  // While the next answer is on its way the last one stays on screen, so typing does not flash an empty list.
  const shown = current ?? answer;
  const rows = listed ? listed.rows : (shown?.rows ?? []);
  const facets = listed ? listed.facets : (shown?.facets ?? NO_FACETS);
  const group = query.group;
  const items = useMemo(() => groupRows(rows, group, !listed && group !== 'none' ? facets[group] : undefined), [rows, group, listed, facets]);

  const loadMore = useCallback(() => {
    if (listed || !current || loading || current.rows.length >= current.total) return;
    void fetchPage(current.rows.length, current.rows);
  }, [listed, current, loading, fetchPage]);

  return {
    mode: text ? 'search' : 'listing',
    items,
    total: listed ? listed.rows.length : (shown?.total ?? 0),
    facets,
    terms: shown?.terms ?? [],
    notices: shown?.notices ?? [],
    error: text ? (shown?.error ?? null) : null,
    searching: !!text && (!current || loading),
    index,
    loadMore,
  };
}
