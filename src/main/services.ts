import { join } from 'node:path';
import { serializeArticle } from '../shared/article/file-format';
import type { Handlers } from '../shared/ipc/dispatch';
import { EventBus } from './event-bus';
import { ExportService, findAppRoot, type ExportHostHooks } from './export/export-service';
import { ImportService, type ImportHostHooks } from './import/import-service';
import { searchHandlers } from './search/search-handlers';
import { SearchService } from './search/search-service';
import { LibraryService } from './library/library-service';
import { resolveArticlePath } from './library/paths';
import { SettingsService } from './settings/settings-service';
import { SourceBookService } from './sources/source-book-service';
import { Journal } from './storage/journal';
import { LibraryWatcher } from './watcher/library-watcher';
import { listRecoverable } from './library/recovery';

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
  /** Hot-exit journal of unsaved buffers, in the data folder. */
  journal: Journal;
  /** Other programs' changes to the library; stop() on shutdown. */
  watcher: LibraryWatcher;
  /** Full-text search; stop() on shutdown closes its index. */
  search: SearchService;
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
  const journal = new Journal(join(config.dataDir, 'journal'));
  await journal.open();
  const watcher = new LibraryWatcher(library, (change) => bus.emit('article.changedOnDisk', change));
  await watcher.start();
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

  const search = new SearchService({
    libraryRoot: config.libraryPath,
    dataDir: config.dataDir,
    onLibraryChange: (listener) => library.onDidChange((listing) => listener(listing.articles)),
    emit: (status) => bus.emit('search.progress', status),
  });
  await search.start();
  void library.list().then((listing) => search.libraryChanged(listing.articles), () => undefined);

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
    'library.inspectBackup': async (i) => ({ backup: await library.inspectBackup(i.file) }),
    'library.restoreBackup': (i) => library.restoreBackup(i.file),
    'library.moveAside': (i) => library.moveAside(i.file),
    'journal.write': async (i) => {
      await resolveArticlePath(config.libraryPath, i.file);
      await journal.write(i.file, serializeArticle(i.article), i.baseHash);
      return {};
    },
    'journal.list': async () => ({ buffers: await listRecoverable(journal, library) }),
    'journal.discard': async (i) => {
      await journal.discard(i.file);
      return {};
    },
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
    ...searchHandlers(search),
  };
  return { config, library, settings, sourceBook, journal, watcher, exports, imports, search, bus, handlers };
}
