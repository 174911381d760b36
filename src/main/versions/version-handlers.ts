import type { z } from 'zod';
import type { versionsChannels } from '../../shared/ipc/channels/versions';
import type { VersionService } from './version-service';

type Channels = typeof versionsChannels;
/** The handlers of the versions channels, shaped as the contract's `Handlers` expects them. */
export type VersionHandlers = {
  [C in keyof Channels]: (input: z.output<Channels[C]['input']>) => Promise<z.input<Channels[C]['output']>>;
};

/**
 * The versions channels onto the service. `author` is the display name from settings, read at each
 * call so a name changed in settings is used from the next version on.
 */
export function versionHandlers(versions: VersionService, author: () => string): VersionHandlers {
  return {
    'versions.list': (i) => versions.list(i.articleId),
    'versions.read': (i) => versions.read(i.articleId, i.versionId),
    'versions.record': (i) => versions.recordFile(i.file, i.reason, author()),
    'versions.restore': (i) => versions.restore(i.articleId, i.versionId, i.current, author()),
    'versions.byHash': async (i) => ({ article: await versions.byHash(i.articleId, i.hash) }),
  };
}
