import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The window factory and the IPC sender check, with the `electron` module mocked: Electron's binary
 * cannot run on this machine, so these tests record what the factory asks of BrowserWindow,
 * webContents and the session, and call the handlers it installs with fake events.
 */

const h = vi.hoisted(() => {
  const state = {
    options: null as Record<string, unknown> | null,
    handlers: new Map<string, (...args: unknown[]) => void>(),
    windowOpenHandler: null as ((d: { url: string }) => { action: string }) | null,
    permissionRequest: null as ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | null,
    permissionCheck: null as (() => boolean) | null,
    opened: [] as string[],
  };
  class FakeBrowserWindow {
    webContents = {
      on: (event: string, fn: (...args: unknown[]) => void) => state.handlers.set(event, fn),
      setWindowOpenHandler: (fn: typeof state.windowOpenHandler) => (state.windowOpenHandler = fn),
      session: {
        setPermissionRequestHandler: (fn: typeof state.permissionRequest) => (state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof state.permissionCheck) => (state.permissionCheck = fn),
      },
    };
    constructor(options: Record<string, unknown>) {
      state.options = options;
    }
    once() {}
    show() {}
  }
  return { state, FakeBrowserWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: h.FakeBrowserWindow,
  shell: { openExternal: async (url: string) => void h.state.opened.push(url) },
  ipcMain: { handle: () => undefined },
}));

const { createSecureWindow, APP_ORIGIN } = await import('../../../src/main/electron/window');
const { isTrustedSender } = await import('../../../src/main/electron/ipc');

beforeEach(() => {
  h.state.handlers.clear();
  h.state.opened.length = 0;
  createSecureWindow({ preloadDir: '/app/preload' });
});

describe('createSecureWindow (electron mocked: its binary cannot run here)', () => {
  it('creates every window with the secure web preferences', () => {
    const wp = h.state.options!.webPreferences as Record<string, unknown>;
    expect(wp).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(wp.enableBlinkFeatures ?? '').toBe('');
    expect(wp.preload).toBe(join('/app/preload', 'index.cjs'));
    expect(wp.disableBlinkFeatures).toBe('Auxclick');
  });

  it('denies navigation, redirects, webviews and new windows; opens only http, https and mailto outside', async () => {
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      h.state.handlers.get(event)!(e, 'file:///etc/passwd');
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    await new Promise((r) => setTimeout(r, 0));
    expect(h.state.opened).toEqual([]);
    const urls = ['https://example.com/', 'http://example.com/', 'mailto:desk@example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://copydesk/x', 'not a url'];
    for (const url of urls) expect(h.state.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    await new Promise((r) => setTimeout(r, 0));
    expect(h.state.opened).toEqual(['https://example.com/', 'http://example.com/', 'mailto:desk@example.com']);
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      h.state.permissionRequest!({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(h.state.permissionCheck!()).toBe(false);
  });
});

describe('isTrustedSender (fake IPC events)', () => {
  const event = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } }) as never;
  it('accepts only the app origin, or the dev server when one is configured', () => {
    expect(isTrustedSender(event(`${APP_ORIGIN}/index.html`))).toBe(true);
    for (const url of ['https://evil.example/', 'app://copydesk.evil/index.html', 'app://other/index.html', 'file:///app/index.html', 'http://localhost:5173/', 'about:blank', '', 'null', undefined]) {
      expect(isTrustedSender(event(url)), String(url)).toBe(false);
    }
    expect(isTrustedSender(event('http://localhost:5173/index.html'), 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender(event('http://localhost:5174/'), 'http://localhost:5173')).toBe(false);
  });
});

describe('Electron fuses in the packaging config', () => {
  it('turns off RunAsNode, NODE_OPTIONS and inspect arguments, and turns on asar integrity and asar-only loading', () => {
    const config = JSON.parse(readFileSync(join(import.meta.dirname, '../../../electron-builder.json'), 'utf8'));
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).toBe(true);
  });
});
