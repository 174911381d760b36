import { join } from 'node:path';
import { loadHouseStyle } from './style/house-style-file';
import { serializeArticle } from '../shared/article/file-format';
import type { Handlers } from '../shared/ipc/dispatch';
import type { CommandId } from '../shared/commands/catalog';
import { EventBus } from './event-bus';
import { ExportService, findAppRoot, type ExportHostHooks } from './export/export-service';
import { ImportService, type ImportHostHooks } from './import/import-service';
import { searchHandlers } from './search/search-handlers';
import { SearchService } from './search/search-service';
import { VersionService } from './versions/version-service';
import { versionHandlers } from './versions/version-handlers';
import { LibraryService } from './library/library-service';
import { SettingsService } from './settings/settings-service';
import { SourceBookService } from './sources/source-book-service';
import { Journal } from './storage/journal';
import { LibraryWatcher, type WatcherOptions } from './watcher/library-watcher';
import { listRecoverable } from './library/recovery';
import { ServiceContainer, type StopFailure } from './service-container';
import { createLogger, type Logger } from './logging/logger';
import { createLogHandlers } from './logging/log-channels';
import { AssetService } from './assets/asset-service';

export interface ServiceConfig {
  libraryPath: string;
  dataDir: string;
  /** How often the watcher rescans, and how long it gathers events (tests shorten them). */
  watcher?: Omit<WatcherOptions, 'fs'>;
}

/** What differs between hosts (Electron, browser mode); everything else is shared. */
export interface HostHooks extends ExportHostHooks, ImportHostHooks {
  /** The UI has saved and the window may close. */
  closeReady(): void;
  /** The page says which commands apply now (Electron greys out native menu items; browser mode has no native menu). */
  setCommandStates?(enabled: Partial<Record<CommandId, boolean>>): void;
  /** Folders exports must never go into (the app's code); by default the folder holding package.json. */
  appDirs?: string[];
  /** The app's log (rotated file, terminal); without one, messages go to stderr. */
  logger?: Logger;
  /** Opens a folder in the file manager (Electron); browser mode has none and only names the folder. */
  openFolder?: (dir: string) => Promise<void>;
  /** An article was opened: Electron adds it to the operating system's recent documents. */
  articleOpened?: (path: string) => void;
}

export interface Services {
  config: ServiceConfig;
  library: LibraryService;
  settings: SettingsService;
  /** The library-wide source book. */
  sourceBook: SourceBookService;
  /** Exports from the app; its PDF engine stops with the services. */
  exports: ExportService;
  /** Import as a new article; imports still running stop with the services. */
  imports: ImportService;
  bus: EventBus;
  handlers: Handlers;
  /** Hot-exit journal of unsaved buffers, in the data folder. */
  journal: Journal;
  /** Other programs' changes to the library. */
  watcher: LibraryWatcher;
  /** Stops every service, last started first, each on its own; resolves with what failed to stop (also logged). */
  stop(): Promise<StopFailure[]>;
  /** Full-text search over the library; its index closes with the services. */
  search: SearchService;
  /** Version history beside each article, in the library's .copydesk/versions. */
  versions: VersionService;
  /** Pictures copied into the library's assets folder, and served back to the editor. */
  assets: AssetService;
}

/**
 * The one place that wires the main process: builds every service once, in dependency order, each
 * with its dependencies in its constructor; starts them through the container; and maps the
 * contract's channels onto them. Electron and the browser-mode host both call this and both shut
 * down through `stop()`; neither adds logic of its own.
 *
 * A new service is one line here, after the services it needs: `const x = services.add('x', new X(deps))`.
 */
export async function createServices(config: ServiceConfig, host: HostHooks = { closeReady: () => undefined }): Promise<Services> {
  const bus = new EventBus();
  const logger = host.logger ?? createLogger({ terminal: process.stderr });
  const services = new ServiceContainer({ log: (line) => logger.warn(line) });
  const library = services.add('library', new LibraryService(config.libraryPath, config.dataDir));
  library.onDidChange(() => bus.emit('library.changed', {}));
  const journal = services.add('journal', new Journal(join(config.dataDir, 'journal')));
  const watcher = services.add('watcher', new LibraryWatcher(library, (change) => bus.emit('article.changedOnDisk', change), config.watcher));
  const settings = services.add('settings', new SettingsService(config.dataDir, config.libraryPath));
  const sourceBook = services.add('source book', new SourceBookService(config.libraryPath));
  const exports = services.add('exports', new ExportService({
    libraryPath: config.libraryPath,
    library,
    settings,
    emit: (p) => bus.emit('export.progress', p),
    protectedDirs: [...(host.appDirs ?? [findAppRoot(import.meta.dirname)]), config.dataDir],
    host,
  }));
  const imports = services.add('imports', new ImportService({
    library,
    emit: (p) => bus.emit('import.progress', p),
    defaultByline: () => {
      const name = settings.get().displayName.trim();
      return name ? `By ${name}` : '';
    },
    host,
  }));
  const search = services.add('search', new SearchService({
    libraryRoot: config.libraryPath,
    dataDir: config.dataDir,
    onLibraryChange: (listener) => library.onDidChange((listing) => listener(listing.articles)),
    emit: (status) => bus.emit('search.progress', status),
  }));
  const versions = services.add('versions', new VersionService({ libraryPath: config.libraryPath }));
  const assets = services.add('assets', new AssetService(config.libraryPath));
  await services.start();
  // The index catches up with the library as it is now (the worker also compares the folder itself).
  void library.list().then((listing) => search.libraryChanged(listing.articles), () => undefined);

  let startupAnswered = false;
  const handlers: Handlers = {
    'library.info': async () => ({ root: config.libraryPath, dataDir: config.dataDir }),
    'library.list': () => library.list(),
    'library.recent': async () => {
      const { articles } = await library.list();
      const byFile = new Map(articles.map((a) => [a.file, a]));
      return { articles: settings.get().recent.flatMap((f) => byFile.get(f) ?? []).slice(0, 20) };
    },
    'library.create': (i) => {
      const name = settings.get().displayName.trim();
      return library.create({ headline: i.headline, byline: name ? `By ${name}` : '' });
    },
    'library.open': async (i) => {
      const opened = await library.open(i.file);
      await settings.touchRecent(opened.file);
      host.articleOpened?.(join(config.libraryPath, opened.file));
      return opened;
    },
    'library.save': (i) => library.save(i.file, i.article, i.baseHash, i.force),
    'library.readRaw': async (i) => ({ text: await library.readRaw(i.file) }),
    'settings.get': async () => settings.get(),
    'settings.update': (i) => settings.update(i),
    'sources.list': async () => sourceBook.list(),
    'style.houseStyle': () => loadHouseStyle(config.libraryPath),
    'sources.search': async (i) => sourceBook.search(i.query, i.limit),
    'sources.upsert': (i) => sourceBook.upsert(i.source),
    'library.inspectBackup': async (i) => ({ backup: await library.inspectBackup(i.file) }),
    'library.restoreBackup': (i) => library.restoreBackup(i.file),
    'library.moveAside': (i) => library.moveAside(i.file),
    'journal.write': async (i) => {
      await library.pathOf(i.file);
      await journal.write(i.file, serializeArticle(i.article), i.baseHash);
      return {};
    },
    'journal.list': async () => ({ buffers: await listRecoverable(journal, library) }),
    'app.startup': async () => {
      if (startupAnswered) return { reopen: null };
      startupAnswered = true;
      const s = settings.get();
      const last = s.reopenLast ? s.recent[0] : undefined;
      if (!last) return { reopen: null };
      // Unsaved work from a crash comes first: the library offers it, and nothing is opened over it.
      if ((await listRecoverable(journal, library)).length) return { reopen: null };
      const { articles } = await library.list();
      return { reopen: articles.some((a) => a.file === last) ? last : null };
    },
    'journal.discard': async (i) => {
      await journal.discard(i.file);
      return {};
    },
    'app.closeReady': async () => {
      host.closeReady();
      return {};
    },
    'app.commandStates': async (i) => {
      host.setCommandStates?.(i.enabled);
      return {};
    },
    ...createLogHandlers({ logger, openFolder: host.openFolder }),
    'export.defaults': async () => exports.defaults(),
    'export.run': (i) => exports.run(i),
    'export.chooseDestination': async (i) => ({ path: await exports.chooseDestination(i.current) }),
    'export.showInFolder': (i) => exports.showInFolder(i.path),
    'import.preview': (i) => imports.preview(i),
    'import.create': (i) => imports.create(i),
    'import.chooseFile': () => imports.chooseFile(),
    ...searchHandlers(search),
    ...versionHandlers(versions, () => settings.get().displayName.trim()),
    'assets.add': (i) => assets.add({ articleId: i.articleId, fileName: i.fileName, bytes: new Uint8Array(Buffer.from(i.data, 'base64')) }),
  };
  return { config, library, settings, sourceBook, journal, watcher, exports, imports, search, versions, assets, bus, handlers, stop: () => services.stop() };
}
