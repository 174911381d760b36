import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { dataDirFrom, libraryPathFrom } from './config';
import { createServices, type Services } from './services';
import { applyCommandStates, buildMenu } from './electron/menu';
import { ElectronPdfEngine } from './electron/pdf-engine';
import { forwardEvents, registerIpc } from './electron/ipc';
import { registerAppScheme, serveAppProtocol } from './electron/protocol';
import { APP_ORIGIN, createSecureWindow } from './electron/window';
import { createLogger } from './logging/logger';

/**
 * The Electron shell: lifecycle only. Everything it shows and stores comes from the same services
 * and renderer that browser mode runs, so this file stays thin.
 */
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
registerAppScheme();
app.enableSandbox();
// The app's log folder, rotated; the terminal too while developing.
const log = createLogger({ file: { dir: app.getPath('logs') }, terminal: app.isPackaged ? null : process.stderr });
// A failed background job (a listing, a settings write) is logged, never allowed to end the process holding open work.
process.on('unhandledRejection', (e) => log.error('A background task failed', e));

let services: Services | null = null;
let mainWindow: BrowserWindow | null = null;
/** Set once the page has saved and agreed to close. */
let closeConfirmed = false;
let quitting = false;

function openWindow(s: Services): void {
  const saved = s.settings.get().window;
  const win = createSecureWindow({
    preloadDir: join(import.meta.dirname, '..', 'preload'),
    bounds: saved ? { width: saved.width, height: saved.height, x: saved.x, y: saved.y } : undefined,
  });
  mainWindow = win;
  if (saved?.maximized) win.maximize();
  const stopEvents = forwardEvents(s, win.webContents);
  win.on('close', (event) => {
    // A page that has crashed cannot answer; its unsaved edits are in the hot-exit journal.
    if (closeConfirmed || win.webContents.isCrashed()) return;
    // The page saves its open article first and answers with app.closeReady.
    event.preventDefault();
    s.bus.emit('app.closeRequested', {});
  });
  win.webContents.on('render-process-gone', () => {
    closeConfirmed = true;
  });
  win.on('closed', () => {
    stopEvents();
    mainWindow = null;
  });
  const remember = () => {
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    s.settings.update({ window: { width: b.width, height: b.height, x: b.x, y: b.y, maximized: win.isMaximized() } }).catch(() => undefined);
  };
  win.on('resized', remember);
  win.on('moved', remember);
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

// One Copydesk at a time: a second launch (a double-clicked article, the dock) brings this window forward.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.whenReady().then(async () => {
  const argv = process.argv.slice(1);
  const libraryPath = libraryPathFrom(argv, process.env, app.getPath('documents'));
  const dataDir = dataDirFrom(argv, process.env, app.getPath('userData'));
  services = await createServices(
    { libraryPath, dataDir },
    {
      closeReady: () => {
        closeConfirmed = true;
        mainWindow?.close();
        if (quitting) app.quit();
      },
      appDirs: [app.getAppPath(), process.resourcesPath],
      setCommandStates: (enabled) => applyCommandStates(Menu.getApplicationMenu(), enabled),
      logger: log,
      openFolder: async (dir) => {
        const problem = await shell.openPath(dir);
        if (problem) throw new Error(problem);
      },
      chooseExportFolder: async (current) => {
        const options = { title: 'Export to folder', defaultPath: current, properties: ['openDirectory' as const, 'createDirectory' as const] };
        const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      showItemInFolder: (path) => shell.showItemInFolder(path),
      articleOpened: (path) => app.addRecentDocument(path),
      createPdfEngine: () => new ElectronPdfEngine(),
      chooseImportFile: async () => {
        const options = {
          title: 'Import as new article',
          properties: ['openFile' as const],
          filters: [{ name: 'Copy', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx'] }, { name: 'All files', extensions: ['*'] }],
        };
        const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        const path = r.canceled ? undefined : r.filePaths[0];
        return path ? { fileName: basename(path), size: (await stat(path)).size, read: async () => new Uint8Array(await readFile(path)) } : null;
      },
    },
  );
  serveAppProtocol(join(import.meta.dirname, '..', 'renderer'), services.assets);
  registerIpc(services, devServerUrl);
  const s = services;
  Menu.setApplicationMenu(
    buildMenu(
      (id) => s.bus.emit('command.run', { id }),
      () => {
        quitting = true;
        if (mainWindow) mainWindow.close();
        else app.quit();
      },
    ),
  );
  openWindow(s);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      closeConfirmed = false;
      openWindow(s);
    }
  });
});

app.on('before-quit', (event) => {
  if (mainWindow && !closeConfirmed) {
    event.preventDefault();
    quitting = true;
    mainWindow.close();
  }
});

// Every service stops before the process ends, as in browser mode: imports, the print window, the watcher, pending writes.
let servicesStopped = false;
app.on('will-quit', (event) => {
  if (!services || servicesStopped) return;
  event.preventDefault();
  void services.stop().finally(() => {
    servicesStopped = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin' || quitting) app.quit();
});

// No webviews, no remote content: refuse any attempt to create one.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
