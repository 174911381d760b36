import type { EventName, EventPayload } from '../shared/ipc/contract';
import type { Handlers } from '../shared/ipc/dispatch';
import { LibraryService } from './library/library-service';
import { SettingsService } from './settings/settings-service';

export interface ServiceConfig {
  libraryPath: string;
  dataDir: string;
}

export interface Services {
  config: ServiceConfig;
  library: LibraryService;
  settings: SettingsService;
  handlers: Handlers;
  /** Pushes from main to the UI, by contract event name. */
  subscribe<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/**
 * Builds every main-process service once, in dependency order, and maps the contract's channels
 * onto them. Electron and the browser-mode host both call this; neither adds logic of its own.
 */
export async function createServices(config: ServiceConfig): Promise<Services> {
  const library = new LibraryService(config.libraryPath, config.dataDir);
  await library.init();
  const settings = new SettingsService(config.dataDir, config.libraryPath);
  await settings.init();

  const handlers: Handlers = {
    'library.info': async () => ({ root: config.libraryPath, dataDir: config.dataDir }),
    'library.list': () => library.list(),
    'library.create': (i) => library.create({ headline: i.headline, byline: settings.get().displayName }),
    'library.open': async (i) => {
      const opened = await library.open(i.file);
      await settings.touchRecent(opened.file);
      return opened;
    },
    'library.save': (i) => library.save(i.file, i.article, i.baseHash, i.force),
    'library.readRaw': async (i) => ({ text: await library.readRaw(i.file) }),
    'settings.get': async () => settings.get(),
    'settings.update': (i) => settings.update(i),
  };
  const subscribe: Services['subscribe'] = (event, listener) => {
    switch (event) {
      case 'library.changed':
        return library.onDidChange(listener as (p: EventPayload<"library.changed">) => void);
      default:
        return () => undefined;
    }
  };
  return { config, library, settings, handlers, subscribe };
}
