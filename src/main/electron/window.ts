import { BrowserWindow, shell, type BrowserWindowConstructorOptions, type Session } from 'electron';
import { join } from 'node:path';


export const APP_ORIGIN = 'app://copydesk';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Opens a link in the user's browser or mail program, and only links of those kinds. */
export function openExternalSafely(url: string): void {
  try {
    if (EXTERNAL_PROTOCOLS.has(new URL(url).protocol)) void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}

/**
 * The window factory: every window is created here, with the secure preferences written out
 * literally (so static checkers such as electronegativity can see them), navigation and new windows
 * blocked (links go to the system browser), and permission requests denied. Hidden utility windows
 * (PDF printing) pass no preload, their own session and scripts off.
 */
export function createSecureWindow(opts: {
  preloadDir?: string;
  bounds?: Partial<BrowserWindowConstructorOptions>;
  session?: Session;
  javascript?: boolean;
  show?: boolean;
}): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#f3f1ec',
    ...opts.bounds,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      // Copydesk checks spelling itself (a worker with bundled dictionaries), the same in both hosts.
      spellcheck: false,
      javascript: opts.javascript !== false,
      ...(opts.session ? { session: opts.session } : {}),
      ...(opts.preloadDir ? { preload: join(opts.preloadDir, 'index.cjs') } : {}),
    },
  });
  const wc = win.webContents;
  wc.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalSafely(url);
  });
  wc.on('will-redirect', (event) => event.preventDefault());
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  wc.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  wc.session.setPermissionCheckHandler(() => false);
  if (opts.show !== false) win.once('ready-to-show', () => win.show());
  return win;
}
