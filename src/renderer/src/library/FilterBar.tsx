import type { SearchFacets, SearchFilters, SearchSort } from '../../../shared/ipc/channels/search';
import { LIBRARY_GROUPINGS, type LibraryGrouping } from '../../../shared/ipc/channels/settings';
import { FACET_NAMES, facetLabel, type FacetName, type LibraryQuery } from './library-query';

const FACET_TITLES: Record<FacetName, string> = { status: 'Status', desk: 'Desk', assignee: 'Assignee', byline: 'Byline' };
const SORT_LABELS: Record<SearchSort, string> = {
  relevance: 'Best match',
  modified: 'Last modified',
  created: 'Created',
  headline: 'Headline',
  words: 'Length',
  status: 'Status',
};
const GROUP_LABELS: Record<LibraryGrouping, string> = { none: 'Nothing', status: 'Status', desk: 'Desk' };

interface Props {
  query: LibraryQuery;
  facets: SearchFacets;
  onChange: (patch: Partial<LibraryQuery>) => void;
}

/** Filter chips (one per chosen value, removable), a chooser per facet with its counts, a date range, sort and grouping. */
export function FilterBar({ query, facets, onChange }: Props) {
  const { filters } = query;
  const setFilters = (patch: Partial<SearchFilters>) => onChange({ filters: { ...filters, ...patch } });
  const chosen = FACET_NAMES.flatMap((name) => (filters[name] ?? []).map((value) => ({ name, value })));
  const searching = query.text.trim() !== '';
  return (
    <div className="filter-bar">
      <div className="filter-pickers">
        {FACET_NAMES.map((name) => {
          const options = facets[name].filter((f) => !filters[name]?.includes(f.value));
          return (
            <select
              key={name}
              aria-label={`Filter by ${FACET_TITLES[name].toLowerCase()}`}
              value=""
              disabled={options.length === 0}
              onChange={(e) => setFilters({ [name]: [...(filters[name] ?? []), e.target.value] })}
            >
              <option value="" disabled>
                {FACET_TITLES[name]}…
              </option>
              {options.map((f) => (
                <option key={f.value} value={f.value}>
                  {facetLabel(name, f.value)} ({f.count.toLocaleString()})
                </option>
              ))}
            </select>
          );
        })}
        <label className="date-range">
          Modified from <input type="date" value={filters.updatedFrom ?? ''} onChange={(e) => setFilters({ updatedFrom: e.target.value || undefined })} />
        </label>
        <label className="date-range">
          to <input type="date" aria-label="Modified to" value={filters.updatedTo ?? ''} onChange={(e) => setFilters({ updatedTo: e.target.value || undefined })} />
        </label>
        <label>
          Sort by{' '}
          <select value={query.sort} onChange={(e) => onChange({ sort: e.target.value as SearchSort })}>
            {(Object.keys(SORT_LABELS) as SearchSort[])
              .filter((s) => s !== 'relevance' || searching)
              .map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
          </select>
        </label>
        <label>
          Group by{' '}
          <select value={query.group} onChange={(e) => onChange({ group: e.target.value as LibraryGrouping })}>
            {LIBRARY_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABELS[g]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {chosen.length > 0 && (
        <ul className="filter-chips" aria-label="Filters">
          {chosen.map(({ name, value }) => (
            <li key={`${name}:${value}`}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter ${FACET_TITLES[name]}: ${facetLabel(name, value)}`}
                onClick={() => setFilters({ [name]: filters[name]!.filter((v) => v !== value) })}
              >
                {FACET_TITLES[name]}: {facetLabel(name, value)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
