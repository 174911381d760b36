import type { Handlers } from '../shared/ipc/dispatch';
import { EventBus } from './event-bus';
import { LibraryService } from './library/library-service';
import { SettingsService } from './settings/settings-service';

export interface ServiceConfig {
  libraryPath: string;
  dataDir: string;
}

/** What differs between hosts (Electron, browser mode); everything else is shared. */
export interface HostHooks {
  /** The UI has saved and the window may close. */
  closeReady(): void;
}

export interface Services {
  config: ServiceConfig;
  library: LibraryService;
  settings: SettingsService;
  bus: EventBus;
  handlers: Handlers;
}

/**
 * Builds every main-process service once, in dependency order, and maps the contract's channels
 * onto them. Electron and the browser-mode host both call this; neither adds logic of its own.
 */
export async function createServices(config: ServiceConfig, host: HostHooks = { closeReady: () => undefined }): Promise<Services> {
  const bus = new EventBus();
  const library = new LibraryService(config.libraryPath, config.dataDir);
  await library.init();
  library.onDidChange((listing) => bus.emit('library.changed', listing));
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
    'app.closeReady': async () => {
      host.closeReady();
      return {};
    },
  };
  return { config, library, settings, bus, handlers };
}
