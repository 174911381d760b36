import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../api';
import type { LibraryListing, RecoverableBuffer } from '../../../shared/ipc/contract';
import type { HighlightTerm } from '../../../shared/search/query';
import type { IndexStatus } from '../../../shared/ipc/channels/search';
import { BadFiles } from './BadFiles';
import { RecoveryPrompt } from './RecoveryPrompt';
import { useImportDrop } from '../import/ImportEntry';
import { CommandButton } from '../commands/CommandButton';
import { useCommandHost } from '../commands/use-command';
import { errorSentence } from '../ui/errors';
import { useWatch } from '../ui/store';
import { MarkedText } from '../ui/MarkedText';
import { VirtualRows } from '../ui/VirtualRows';
import { STATUS_LABELS, shortWhen, words } from '../ui/format';
import { FilterBar } from './FilterBar';
import { SavedViews } from './SavedViews';
import { EMPTY_QUERY, type LibraryQuery, type LibraryRow, type ListItem } from './library-query';
import { useLibraryResults } from './use-library-results';

interface Props {
  /** `find`: the search's words, to open the article at their first match. */
  onOpen: (file: string, find?: HighlightTerm[]) => void;
  /** Opens a buffer the hot-exit journal kept. */
  onRecover: (buffer: RecoverableBuffer) => void;
}

/** Rows are one height each (taller while snippets show), which is what lets the list draw only the visible ones. */
const ROW_HEIGHT = 58;
const SNIPPET_ROW_HEIGHT = 92;

/** Same files with the same bytes: nothing for the list to redraw (a save elsewhere re-sends the listing). */
const signature = (l: LibraryListing) => `${l.bad.length}|${l.articles.map((a) => `${a.file}:${a.hash}:${a.modifiedMs}`).join('|')}`;

const itemKey = (item: ListItem) => (item.kind === 'group' ? `group:${item.key}` : item.row.file);

export function LibraryView({ onOpen, onRecover }: Props) {
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const host = useCommandHost();
  const importing = useImportDrop(host.app);
  const [root, setRoot] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<LibraryQuery>(EMPTY_QUERY);
  const [active, setActive] = useState<number | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const searchRequested = useWatch(host.app, (s) => s.searchRequested);

  useEffect(() => {
    let live = true;
    let seen = '';
    const take = (l: LibraryListing) => {
      const sig = signature(l);
      if (sig === seen) return;
      seen = sig;
      setListing(l);
    };
    void api.call('library.info', {}).then((r) => r.ok && live && setRoot(r.value.root));
    // Only the newest answer counts: two changes a moment apart ask twice, and answers may cross.
    let asked = 0;
    const load = () => {
      const mine = ++asked;
      void api.call('library.list', {}).then((r) => {
        if (!live || mine !== asked) return;
        if (r.ok) take(r.value);
        else setError(errorSentence(r.error));
      });
    };
    load();
    const off = api.on('library.changed', load);
    return () => {
      live = false;
      off();
    };
  }, []);

  // The box exists once the listing has arrived (an empty library has none: the request lapses).
  useEffect(() => {
    if (!searchRequested || !listing) return;
    searchBox.current?.focus();
    searchBox.current?.select();
    host.app.searchFocused();
  }, [searchRequested, host.app, listing]);

  const results = useLibraryResults(listing?.articles ?? null, query);
  const { items, mode, terms } = results;

  const change = useCallback((patch: Partial<LibraryQuery>) => {
    setActive(null);
    setQuery((q) => {
      const next = { ...q, ...patch };
      // Typing ranks by best match unless another order was chosen; clearing the box goes back to newest first.
      if (patch.text !== undefined && !q.text.trim() && next.text.trim() && q.sort === 'modified') next.sort = 'relevance';
      if (patch.text !== undefined && !next.text.trim() && next.sort === 'relevance') next.sort = 'modified';
      return next;
    });
  }, []);

  const open = useCallback((row: LibraryRow) => onOpen(row.file, mode === 'search' && terms.length ? terms : undefined), [onOpen, mode, terms]);

  const step = (from: number | null, by: 1 | -1): number | null => {
    let i = from === null ? (by === 1 ? -1 : items.length) : from;
    for (;;) {
      i += by;
      if (i < 0 || i >= items.length) return from;
      if (items[i].kind === 'article') return i;
    }
  };
  const onKeys = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => step(a, e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && !(e.target instanceof Element && e.target.closest('a'))) {
      const i = active ?? step(null, 1);
      const item = i === null ? undefined : items[i];
      if (item?.kind === 'article') {
        e.preventDefault();
        open(item.row);
      }
    } else if (e.key === 'Escape' && e.currentTarget === searchBox.current && query.text) {
      change({ text: '' });
    }
  };

  const filtered = query.text.trim() !== '' || Object.values(query.filters).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined));
  const empty = listing !== null && listing.articles.length === 0;
  const rowHeight = mode === 'search' ? SNIPPET_ROW_HEIGHT : ROW_HEIGHT;

  const renderRow = (item: ListItem, i: number) => {
    if (item.kind === 'group') {
      return (
        <div role="row" className="group-row" aria-rowindex={i + 2}>
          <span role="rowheader">
            {item.label} <span className="muted">({item.count.toLocaleString()})</span>
          </span>
        </div>
      );
    }
    const a = item.row;
    const meta = [a.byline, a.desk, a.assignee && `assigned to ${a.assignee}`].filter(Boolean).join(' · ');
    return (
      <div role="row" aria-rowindex={i + 2} aria-current={active === i ? 'true' : undefined} className={`article-row${active === i ? ' active' : ''}`} onClick={() => open(a)}>
        <span role="cell" className="headline-cell">
          <a
            href={`#${encodeURIComponent(a.file)}`}
            onClick={(e) => {
              e.preventDefault();
              e.stopPropagation();
              open(a);
            }}
          >
            {a.headline.trim() ? <MarkedText text={a.headline} highlights={a.headlineHighlights} /> : <em className="muted">Untitled</em>}
          </a>
          <span className="muted small row-meta">{meta ? `${meta} — ${a.file}` : a.file}</span>
          {a.snippet && (
            <span className="snippet small">
              <MarkedText text={a.snippet.text} highlights={a.snippet.highlights} />
            </span>
          )}
        </span>
        <span role="cell">
          <span className={`badge status-${a.status}`}>{STATUS_LABELS[a.status as keyof typeof STATUS_LABELS] ?? a.status}</span>
        </span>
        <span role="cell" className="num">
          {words(a.words)}
        </span>
        <span role="cell">
          <time dateTime={new Date(a.modifiedMs).toISOString()}>{shortWhen(a.modifiedMs)}</time>
        </span>
      </div>
    );
  };

  return (
    <main className={`library${importing.dragging ? ' drop-active' : ''}`} aria-labelledby="library-title" {...importing.dropProps}>
      <div className="library-head">
        <h1 id="library-title">Library</h1>
        <span className="muted" title="Library folder">{root}</span>
        <CommandButton id="file.import" />
      </div>
      {error && <p role="alert" className="notice">{error}</p>}
      <RecoveryPrompt onRecover={onRecover} />
      {empty && (
        <div className="empty">
          <p>No articles yet.</p>
          <CommandButton id="file.newArticle" className="primary" label="Write the first one" />
        </div>
      )}
      {listing && !empty && (
        <>
          <div className="library-search">
            <input
              ref={searchBox}
              type="search"
              aria-label="Search the library"
              placeholder="Search the library — words, “a phrase”, ferr*, -word, headline:…, source:…"
              value={query.text}
              onChange={(e) => change({ text: e.target.value })}
              onKeyDown={onKeys}
              autoComplete="off"
              spellCheck={false}
            />
            <SavedViews query={query} onPick={(q) => change(q)} />
          </div>
          <FilterBar query={query} facets={results.facets} onChange={change} />
          <SearchState results={results} shown={listing.articles.length} searching={mode === 'search'} />
          {items.length > 0 ? (
            <div role="table" aria-label="Articles" aria-rowcount={items.length + 1} className="articles">
              <div role="rowgroup">
                <div role="row" className="articles-head">
                  <span role="columnheader">Headline</span>
                  <span role="columnheader">Status</span>
                  <span role="columnheader" className="num">
                    Words
                  </span>
                  <span role="columnheader">Modified</span>
                </div>
              </div>
              <VirtualRows
                items={items}
                rowHeight={rowHeight}
                itemKey={itemKey}
                renderRow={renderRow}
                activeIndex={active}
                onNearEnd={results.loadMore}
                onKeyDown={onKeys}
              />
            </div>
          ) : (
            !results.searching &&
            !results.error &&
            filtered && (
              <div className="empty">
                <p>{mode === 'search' ? `No articles match “${query.text.trim()}”${Object.keys(query.filters).length ? ' with these filters' : ''}.` : 'No articles match these filters.'}</p>
                <button type="button" onClick={() => change(EMPTY_QUERY)}>
                  Clear the search and filters
                </button>
              </div>
            )
          )}
        </>
      )}
      {listing && <BadFiles bad={listing.bad} onOpen={onOpen} />}
      {importing.zone}
    </main>
  );
}

const INDEX_VERBS: Partial<Record<IndexStatus['state'], string>> = { rebuilding: 'Rebuilding the index…', starting: 'Opening the index…', updating: 'Updating the index…' };

/** How many match, how the query was read, and whether the index is still being built. */
function SearchState({ results, shown, searching }: { results: ReturnType<typeof useLibraryResults>; shown: number; searching: boolean }) {
  const { index, total, notices, error } = results;
  const articles = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'article' : 'articles'}`;
  const partial = searching && index && !index.complete;
  return (
    <div className="search-state" aria-live="polite">
      {error ? (
        <p role="alert" className="notice">
          {error}
        </p>
      ) : (
        <p className="muted small">
          {searching ? (results.searching && total === 0 ? 'Searching…' : `${articles(total)} match`) : total === shown ? articles(shown) : `${articles(total)} of ${shown.toLocaleString()}`}
          {partial && (
            <>
              {' — '}
              <span className="index-state">
                {INDEX_VERBS[index.state] ?? 'Updating the index…'} searching what is indexed so far ({articles(index.indexed)}
                {index.total ? `; ${index.done.toLocaleString()} of ${index.total.toLocaleString()} files read` : ''}).
              </span>
            </>
          )}
          {searching && index?.state === 'failed' && <span className="index-state"> — {index.message}</span>}
        </p>
      )}
      {notices.map((n) => (
        <p key={n} className="notice small">
          {n}
        </p>
      ))}
    </div>
  );
}
