import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportProgressEvent } from '../../../src/shared/ipc/contract';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { createServices, type HostHooks, type Services } from '../../../src/main/services';
import { PRIVATE_MARKERS, RICH_PATH, ROOT } from './fixture';

const FILE = 'council-budget.article.json';
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `copydesk-exportsvc-${name}-`));
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** Real services on a temporary library holding the rich fixture article, and every progress event they emit. */
async function setup(host?: Partial<HostHooks>, dataDir = tmp('data')) {
  const lib = tmp('lib');
  copyFileSync(RICH_PATH, join(lib, FILE));
  const services: Services = await createServices({ libraryPath: lib, dataDir }, { closeReady: () => undefined, ...host });
  const events: ExportProgressEvent[] = [];
  services.bus.subscribe('export.progress', (e) => events.push(e));
  cleanup.push(async () => {
    await services.stop();
    rmSync(lib, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });
  const call = (channel: string, payload: unknown) => dispatch(services.handlers, channel, payload);
  return { services, lib, dataDir, events, call };
}

const run = (destinationDir: string, extra: Record<string, unknown> = {}) => ({
  file: FILE,
  format: 'html',
  pageSize: 'A4',
  sourceAppendix: false,
  destinationDir,
  ...extra,
});

describe('export service (real temp folders)', () => {
  it('exports the saved article as HTML, reports progress under the given id, and remembers the choices', async () => {
    const { call, events, dataDir } = await setup();
    const out = join(tmp('out'), 'nested', 'folder');
    const defaults = await call('export.defaults', {});
    expect(defaults).toMatchObject({ ok: true, value: { format: 'html', pageSize: 'A4', sourceAppendix: false, canChooseFolder: false } });

    const r = await call('export.run', run(out, { id: 'job-1', sourceAppendix: true, pageSize: 'Letter' }));
    expect(r).toEqual({ ok: true, value: { path: join(out, 'council-budget.html') } });
    const html = readFileSync(join(out, 'council-budget.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<h1');
    for (const secret of PRIVATE_MARKERS) expect(html, secret).not.toContain(secret);

    expect(events.map((e) => [e.id, e.stage])).toEqual([
      ['job-1', 'rendering'],
      ['job-1', 'writing'],
      ['job-1', 'done'],
    ]);
    expect(events.at(-1)!.message).toContain(join(out, 'council-budget.html'));

    expect(await call('export.defaults', {})).toMatchObject({
      ok: true,
      value: { format: 'html', pageSize: 'Letter', sourceAppendix: true, destinationDir: out },
    });
    // Kept in the settings file, so the choices survive a restart.
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')).export).toEqual({
      format: 'html',
      pageSize: 'Letter',
      sourceAppendix: true,
      destinationDir: out,
    });
  });

  it('never replaces an existing file unless asked, and then does', async () => {
    const { call, events } = await setup();
    const out = tmp('out');
    const target = join(out, 'council-budget.md');
    writeFileSync(target, 'an editor’s own notes');
    const refused = await call('export.run', run(out, { format: 'md', id: 'again' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toContain('already exists');
    expect(readFileSync(target, 'utf8')).toBe('an editor’s own notes');
    expect(events.at(-1)).toMatchObject({ id: 'again', stage: 'failed' });

    expect(await call('export.run', run(out, { format: 'md', overwrite: true }))).toMatchObject({ ok: true, value: { path: target } });
    expect(readFileSync(target, 'utf8')).toMatch(/^# /);
  });

  it('refuses destinations that are relative, hold control characters, are files, or lie in the app or its data', async () => {
    const { call, dataDir, lib } = await setup();
    const aFile = join(lib, 'not-a-folder.txt');
    writeFileSync(aFile, 'x');
    const outside = tmp('link');
    const linkIntoApp = join(outside, 'sneaky');
    symlinkSync(join(ROOT, 'src'), linkIntoApp);
    cleanup.push(() => rmSync(outside, { recursive: true, force: true }));

    const cases: [string, string][] = [
      ['exports', 'forbidden'],
      ['../../etc', 'forbidden'],
      [`${tmpdir()}/a\u0000b`, 'invalid-request'],
      [`${tmpdir()}/line\nbreak`, 'invalid-request'],
      ['', 'invalid-request'],
      [aFile, 'forbidden'],
      [join(ROOT, 'out', 'renderer'), 'forbidden'],
      [ROOT, 'forbidden'],
      [join(dataDir, 'exports'), 'forbidden'],
      [join(linkIntoApp, 'deeper'), 'forbidden'],
    ];
    for (const [dir, code] of cases) {
      const r = await call('export.run', run(dir));
      expect(r, JSON.stringify(dir)).toMatchObject({ ok: false, error: { code } });
    }
    expect(existsSync(join(ROOT, 'src', 'deeper'))).toBe(false);
    expect(existsSync(join(ROOT, 'council-budget.html'))).toBe(false);
  });

  it('refuses article names outside the library', async () => {
    const { call } = await setup();
    const r = await call('export.run', { ...run(tmp('out')), file: '../../etc/passwd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('renders a PDF through real Chromium with the headline in its text, reusing one engine', async () => {
    const { call, events } = await setup();
    const out = tmp('out');
    const r = await call('export.run', run(out, { format: 'pdf', id: 'pdf' }));
    expect(r).toMatchObject({ ok: true, value: { path: join(out, 'council-budget.pdf') } });
    const pdf = join(out, 'council-budget.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(events.filter((e) => e.id === 'pdf').map((e) => e.stage)).toEqual(['rendering', 'writing', 'done']);
    expect(events[0].message).toBe('Making the PDF…');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const headline = JSON.parse(readFileSync(RICH_PATH, 'utf8')).headline as string;
    expect(text.replace(/\s+/g, ' ')).toContain(headline.split(' ').slice(0, 3).join(' '));
    expect(text).toMatch(/page 1 of \d+/);
    // A second PDF (Letter) through the same engine.
    expect(await call('export.run', run(out, { format: 'pdf', pageSize: 'Letter', overwrite: true }))).toMatchObject({ ok: true });
  });

  it('reads old settings files without export choices, and falls back on damaged ones without losing the rest', async () => {
    const dataDir = tmp('data');
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ libraryPath: '/elsewhere', displayName: 'Ana Ruiz', recent: [], window: null }));
    const first = await setup(undefined, dataDir);
    expect(first.services.settings.get()).toMatchObject({ displayName: 'Ana Ruiz', export: { format: 'html', destinationDir: null } });
    expect(await first.call('export.defaults', {})).toMatchObject({ ok: true, value: { destinationDir: join(first.lib, 'exports') } });

    const damaged = tmp('data');
    writeFileSync(
      join(damaged, 'settings.json'),
      JSON.stringify({ libraryPath: '/x', displayName: 'Ana Ruiz', recent: [], window: null, export: { format: 'exe', pageSize: 'A9' } }),
    );
    const second = await setup(undefined, damaged);
    expect(second.services.settings.get()).toMatchObject({ displayName: 'Ana Ruiz', export: { format: 'html', pageSize: 'A4' } });
  });

  it('chooses folders and shows files through the host where it can, and only files it exported', async () => {
    const browser = await setup();
    expect(await browser.call('export.chooseDestination', {})).toEqual({ ok: true, value: { path: null } });
    const out = tmp('out');
    const written = await browser.call('export.run', run(out));
    const path = written.ok ? (written.value as { path: string }).path : '';
    expect(await browser.call('export.showInFolder', { path })).toEqual({ ok: true, value: { shown: false, folder: out } });
    expect(await browser.call('export.showInFolder', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const shown: string[] = [];
    const asked: string[] = [];
    const electron = await setup({
      chooseExportFolder: async (current) => (asked.push(current), '/chosen/folder'),
      showItemInFolder: (p) => void shown.push(p),
    });
    expect(await electron.call('export.defaults', {})).toMatchObject({ ok: true, value: { canChooseFolder: true } });
    expect(await electron.call('export.chooseDestination', { current: '/start/here' })).toEqual({ ok: true, value: { path: '/chosen/folder' } });
    expect(asked).toEqual(['/start/here']);
    const out2 = tmp('out');
    mkdirSync(out2, { recursive: true });
    const w2 = await electron.call('export.run', run(out2, { format: 'ninjs' }));
    const p2 = w2.ok ? (w2.value as { path: string }).path : '';
    expect(p2).toBe(join(out2, 'council-budget.ninjs.json'));
    expect(await electron.call('export.showInFolder', { path: p2 })).toEqual({ ok: true, value: { shown: true, folder: out2 } });
    expect(shown).toEqual([p2]);
  });
});
