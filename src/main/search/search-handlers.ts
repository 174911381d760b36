import type { searchChannels } from '../../shared/ipc/channels/search';
import type { Handlers } from '../../shared/ipc/dispatch';
import type { SearchService } from './search-service';

/** The search channels' handlers, to be spread into the app's handler map. */
export function searchHandlers(search: SearchService): Pick<Handlers, keyof typeof searchChannels> {
  return {
    'search.query': (i) => search.query(i),
    // The status is worth showing even when the worker is down: it says why.
    'search.status': () => search.status().catch(() => search.lastStatus),
    'search.quotedElsewhere': (i) => search.quotedElsewhere(i),
    'search.rebuild': () => search.rebuild(),
  };
}
