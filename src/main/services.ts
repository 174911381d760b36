import type { Handlers } from '../shared/ipc/dispatch';
import { EventBus } from './event-bus';
import { ExportService, findAppRoot, type ExportHostHooks } from './export/export-service';
import { ImportService, type ImportHostHooks } from './import/import-service';
import { LibraryService } from './library/library-service';
import { SettingsService } from './settings/settings-service';
import { SourceBookService } from './sources/source-book-service';

export interface ServiceConfig {
  libraryPath: string;
  dataDir: string;
}

/** What differs between hosts (Electron, browser mode); everything else is shared. */
export interface HostHooks extends ExportHostHooks, ImportHostHooks {
  /** The UI has saved and the window may close. */
  closeReady(): void;
  /** Folders exports must never go into (the app's code); by default the folder holding package.json. */
  appDirs?: string[];
}

export interface Services {
  config: ServiceConfig;
  library: LibraryService;
  settings: SettingsService;
  /** The library-wide source book. */
  sourceBook: SourceBookService;
  /** Exports from the app; close() on shutdown stops its PDF engine. */
  exports: ExportService;
  /** Import as a new article; close() on shutdown stops imports still running. */
  imports: ImportService;
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
  const sourceBook = new SourceBookService(config.libraryPath);
  await sourceBook.init();
  const exports = new ExportService({
    libraryPath: config.libraryPath,
    library,
    settings,
    emit: (p) => bus.emit('export.progress', p),
    protectedDirs: [...(host.appDirs ?? [findAppRoot(import.meta.dirname)]), config.dataDir],
    host,
  });
  const imports = new ImportService({
    library,
    emit: (p) => bus.emit('import.progress', p),
    defaultByline: () => {
      const name = settings.get().displayName.trim();
      return name ? `By ${name}` : '';
    },
    host,
  });

  const handlers: Handlers = {
    'library.info': async () => ({ root: config.libraryPath, dataDir: config.dataDir }),
    'library.list': () => library.list(),
    'library.create': (i) => {
      const name = settings.get().displayName.trim();
      return library.create({ headline: i.headline, byline: name ? `By ${name}` : '' });
    },
    'library.open': async (i) => {
      const opened = await library.open(i.file);
      await settings.touchRecent(opened.file);
      return opened;
    },
    'library.save': (i) => library.save(i.file, i.article, i.baseHash, i.force),
    'library.readRaw': async (i) => ({ text: await library.readRaw(i.file) }),
    'settings.get': async () => settings.get(),
    'settings.update': (i) => settings.update(i),
    'sources.list': async () => sourceBook.list(),
    'sources.search': async (i) => sourceBook.search(i.query, i.limit),
    'sources.upsert': (i) => sourceBook.upsert(i.source),
    'app.closeReady': async () => {
      host.closeReady();
      return {};
    },
    'export.defaults': async () => exports.defaults(),
    'export.run': (i) => exports.run(i),
    'export.chooseDestination': async (i) => ({ path: await exports.chooseDestination(i.current) }),
    'export.showInFolder': (i) => exports.showInFolder(i.path),
    'import.preview': (i) => imports.preview(i),
    'import.create': (i) => imports.create(i),
    'import.chooseFile': () => imports.chooseFile(),
  };
  return { config, library, settings, sourceBook, exports, imports, bus, handlers };
}
