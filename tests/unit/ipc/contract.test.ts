import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_NAMES } from '../../../src/shared/ipc/contract';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { createClient } from '../../../src/shared/ipc/client';
import { createServices, type Services } from '../../../src/main/services';

let services: Services;
let lib: string;
let data: string;
beforeAll(async () => {
  lib = mkdtempSync(join(tmpdir(), 'cd-ipc-lib-'));
  data = mkdtempSync(join(tmpdir(), 'cd-ipc-data-'));
  services = await createServices({ libraryPath: lib, dataDir: data });
});
afterAll(async () => {
  // Stopped first: a listing's index write still under way would otherwise race the removal of its folder.
  await services.stop();
  rmSync(lib, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('the IPC contract', () => {
  it('has exactly one main-process handler per channel', () => {
    expect(Object.keys(services.handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('rejects unknown channels and malformed payloads with an error the UI can show', async () => {
    expect(await dispatch(services.handlers, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await dispatch(services.handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await dispatch(services.handlers, 'library.open', { file: 42 })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const created = await dispatch(services.handlers, 'library.create', {});
    expect(created.ok).toBe(true);
    const bad = await dispatch(services.handlers, 'library.save', { file: 'untitled.article.json', article: { headline: 1 }, baseHash: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('turns service failures into error values, never exceptions', async () => {
    const r = await dispatch(services.handlers, 'library.open', { file: 'missing.article.json' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('validates answers on the client side too', async () => {
    const client = createClient({
      invoke: async () => ({ ok: true, value: { articles: 'not a list' } }),
      subscribe: () => () => undefined,
    });
    expect(await client.call('library.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('the preload bridge (electron mocked: its binary cannot run on this machine)', () => {
  it('exposes exactly one function per contract channel and one subscriber per event, nothing raw', async () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async () => ({ ok: true, value: {} }));
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
    }));
    await import('../../../src/preload/index');
    expect(Object.keys(exposed)).toEqual(['copydesk']);
    const bridge = exposed.copydesk as { invoke: Record<string, (p: unknown) => unknown>; subscribe: Record<string, unknown> };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'subscribe']);
    expect(Object.keys(bridge.invoke).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(bridge.subscribe).sort()).toEqual([...EVENT_NAMES].sort());
    await bridge.invoke['library.list']({});
    expect(invoke).toHaveBeenCalledWith('copydesk:library.list', {});
    vi.doUnmock('electron');
  });
});
