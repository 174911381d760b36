import { useEffect, useState } from 'react';
import { api } from '../api';
import type { SavedLibraryView } from '../../../shared/ipc/channels/settings';
import { errorSentence } from '../ui/errors';
import { builtInViews, cleanFilters, sameQuery, type LibraryQuery } from './library-query';

interface Props {
  query: LibraryQuery;
  onPick: (query: LibraryQuery) => void;
}

const asQuery = (v: SavedLibraryView): LibraryQuery => ({ text: v.text, filters: v.filters, sort: v.sort, group: v.group });

/** The built-in views and the user's own, kept in settings; the current query can be saved under a name. */
export function SavedViews({ query, onPick }: Props) {
  const [mine, setMine] = useState<SavedLibraryView[]>([]);
  const [displayName, setDisplayName] = useState('');
  const [naming, setNaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.call('settings.get', {}).then((r) => {
      if (!r.ok) return;
      setMine(r.value.libraryViews);
      setDisplayName(r.value.displayName);
    });
  }, []);

  const store = async (views: SavedLibraryView[]) => {
    const r = await api.call('settings.update', { libraryViews: views });
    if (r.ok) {
      setMine(r.value.libraryViews);
      setError(null);
    } else setError(errorSentence(r.error));
  };
  const save = async () => {
    const name = (naming ?? '').trim();
    if (!name) return;
    const view: SavedLibraryView = { name, text: query.text.trim(), filters: cleanFilters(query.filters), sort: query.sort, group: query.group };
    await store([...mine.filter((v) => v.name !== name), view]);
    setNaming(null);
  };

  const button = (v: SavedLibraryView, own: boolean) => (
    <li key={`${own ? 'mine' : 'built-in'}:${v.name}`}>
      <button type="button" className="view-button" aria-pressed={sameQuery(query, asQuery(v))} onClick={() => onPick(asQuery(v))}>
        {v.name}
      </button>
      {own && (
        <button type="button" className="view-remove" aria-label={`Delete view ${v.name}`} onClick={() => void store(mine.filter((m) => m !== v))}>
          ×
        </button>
      )}
    </li>
  );

  return (
    <nav className="saved-views" aria-label="Views">
      <ul>
        {builtInViews(displayName).map((v) => button(v, false))}
        {mine.map((v) => button(v, true))}
        <li>
          {naming === null ? (
            <button type="button" className="view-save" onClick={() => setNaming('')}>
              Save view…
            </button>
          ) : (
            <form
              className="view-name"
              onSubmit={(e) => {
                e.preventDefault();
                void save();
              }}
            >
              <input aria-label="View name" autoFocus value={naming} maxLength={100} onChange={(e) => setNaming(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setNaming(null)} />
              <button type="submit" disabled={!naming.trim()}>
                Save
              </button>
            </form>
          )}
        </li>
      </ul>
      {error && <p role="alert" className="notice">{error}</p>}
    </nav>
  );
}
