import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { createServices, type Services } from '../../../src/main/services';

let services: Services;
let lib: string;
let data: string;
const opened: string[] = [];
beforeAll(async () => {
  lib = mkdtempSync(join(tmpdir(), 'cd-recent-lib-'));
  data = mkdtempSync(join(tmpdir(), 'cd-recent-data-'));
  services = await createServices({ libraryPath: lib, dataDir: data }, { closeReady: () => undefined, articleOpened: (path) => opened.push(path) });
});
afterAll(async () => {
  await services.stop();
  rmSync(lib, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('recent articles', () => {
  it('remembers each opened article, most recent first, and tells the host its full path (the OS recent-documents list)', async () => {
    const files: string[] = [];
    for (const headline of ['Ferry fares rise', 'Harbour dredging']) {
      const r = await dispatch(services.handlers, 'library.create', { headline });
      if (!r.ok) throw new Error(r.error.message);
      files.push((r.value as { file: string }).file);
    }
    for (const file of [files[0], files[1], files[0]]) expect((await dispatch(services.handlers, 'library.open', { file })).ok).toBe(true);
    const settings = await dispatch(services.handlers, 'settings.get', {});
    if (!settings.ok) throw new Error(settings.error.message);
    expect((settings.value as { recent: string[] }).recent).toEqual([files[0], files[1]]);
    expect(opened).toEqual([join(lib, files[0]), join(lib, files[1]), join(lib, files[0])]);
  });
});

describe('reopening the last article at start', () => {
  async function restart(): Promise<Services> {
    return createServices({ libraryPath: lib, dataDir: data });
  }

  it('answers the first ask after a start with the article opened last, and later asks (a reload) with nothing', async () => {
    await services.stop();
    services = await restart();
    const first = await dispatch(services.handlers, 'app.startup', {});
    const settings = await dispatch(services.handlers, 'settings.get', {});
    if (!first.ok || !settings.ok) throw new Error('no answer');
    expect((first.value as { reopen: string }).reopen).toBe((settings.value as { recent: string[] }).recent[0]);
    expect(await dispatch(services.handlers, 'app.startup', {})).toEqual({ ok: true, value: { reopen: null } });
  });

  it('opens nothing when there is unsaved work to recover first, or when the setting is off', async () => {
    await services.stop();
    services = await restart();
    const settings = await dispatch(services.handlers, 'settings.get', {});
    if (!settings.ok) throw new Error('no settings');
    const last = (settings.value as { recent: string[] }).recent[0];
    const opened = await dispatch(services.handlers, 'library.open', { file: last });
    if (!opened.ok) throw new Error('cannot open');
    const { article, hash } = opened.value as { article: Record<string, unknown>; hash: string };
    await dispatch(services.handlers, 'journal.write', { file: last, article: { ...article, headline: 'Typed before the crash' }, baseHash: hash });
    await services.stop();
    services = await restart();
    expect(await dispatch(services.handlers, 'app.startup', {})).toEqual({ ok: true, value: { reopen: null } });

    await dispatch(services.handlers, 'journal.discard', { file: last });
    await dispatch(services.handlers, 'settings.update', { reopenLast: false });
    await services.stop();
    services = await restart();
    expect(await dispatch(services.handlers, 'app.startup', {})).toEqual({ ok: true, value: { reopen: null } });
  });
});
