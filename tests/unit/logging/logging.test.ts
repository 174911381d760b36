import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogHandlers } from '../../../src/main/logging/log-channels';
import { createLogger } from '../../../src/main/logging/logger';
import { RotatingLog } from '../../../src/main/logging/rotating-log';
import { logChannels } from '../../../src/shared/ipc/channels/app';

const tempDir = () => mkdtempSync(join(tmpdir(), 'copydesk-logs-'));

describe('the rotated log file', () => {
  it('starts a new file past the size limit and keeps only the newest generations, on a real folder', () => {
    const dir = join(tempDir(), 'logs');
    const log = new RotatingLog({ dir, maxBytes: 1000, keep: 3 });
    for (let i = 0; i < 200; i++) log.write(`line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}\n`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(1000);
    // The newest lines are in main.log, the ones before in main.1.log, and nothing is lost between them.
    const text = ['main.3.log', 'main.2.log', 'main.1.log', 'main.log'].map((f) => readFileSync(join(dir, f), 'utf8')).join('');
    const numbers = [...text.matchAll(/line (\d+)/g)].map((m) => Number(m[1]));
    expect(numbers.at(-1)).toBe(199);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => 200 - numbers.length + i));
  });

  it('carries on after a restart with the size already on disk', () => {
    const dir = tempDir();
    new RotatingLog({ dir, maxBytes: 100, keep: 1 }).write('a'.repeat(90) + '\n');
    new RotatingLog({ dir, maxBytes: 100, keep: 1 }).write('b'.repeat(20) + '\n');
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toMatch(/^a+\n$/);
    expect(readFileSync(join(dir, 'main.log'), 'utf8')).toMatch(/^b+\n$/);
  });

  it('never throws when the folder cannot be made, and writes again once it can', () => {
    const parent = tempDir();
    const blocked = join(parent, 'logs');
    writeFileSync(blocked, 'a file where the folder should be');
    const log = new RotatingLog({ dir: join(blocked, 'inner') });
    expect(() => log.write('lost\n')).not.toThrow();
    expect(existsSync(join(blocked, 'inner'))).toBe(false);
    rmSync(blocked);
    mkdirSync(join(blocked, 'inner'), { recursive: true });
    log.write('kept\n');
    expect(readFileSync(join(blocked, 'inner', 'main.log'), 'utf8')).toBe('kept\n');
  });
});

describe('the logger', () => {
  it('writes one dated line per entry with the stack indented, to the file and the terminal', () => {
    const dir = tempDir();
    const terminal: string[] = [];
    const log = createLogger({ file: { dir }, terminal: { write: (s) => terminal.push(s) }, now: () => new Date('2026-01-05T09:30:00Z') });
    log.info('Library opened\nat /tmp');
    log.error('Save failed', new Error('EIO'));
    const text = readFileSync(join(dir, 'main.log'), 'utf8');
    expect(text).toMatch(/^2026-01-05T09:30:00\.000Z \[info\] \(main\) Library opened at \/tmp\n2026-01-05T09:30:00\.000Z \[error\] \(main\) Save failed\n {4}Error: EIO\n {5,}at /);
    expect(terminal[0]).toBe('Copydesk 2026-01-05T09:30:00.000Z [info] (main) Library opened at /tmp\n');
  });
});

describe('app.log and app.openLogsFolder', () => {
  const input = logChannels['app.log'].input;

  it('validates what the page sends', () => {
    expect(input.safeParse({ level: 'error', message: 'TypeError: x is undefined', detail: 'at App.tsx:10', source: 'editor' }).success).toBe(true);
    for (const bad of [{}, { level: 'fatal', message: 'x' }, { level: 'error', message: '' }, { level: 'error', message: 'x'.repeat(4001) }, { level: 'info', message: 'x', source: '../../etc' }, { level: 'info', message: 'x', detail: 'y'.repeat(20_001) }]) {
      expect(input.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
    }
  });

  it('lets a burst through, then drops a looping error and says how many were dropped', async () => {
    const dir = tempDir();
    let clock = 0;
    const handlers = createLogHandlers({ logger: createLogger({ file: { dir } }), burst: 5, perMinute: 6, now: () => clock });
    const send = () => handlers['app.log'](input.parse({ level: 'error', message: 'Loop', source: 'editor' }));
    const results: boolean[] = [];
    for (let i = 0; i < 1000; i++) results.push((await send()).logged);
    expect(results.filter(Boolean)).toHaveLength(5);
    clock += 10_000; // one more token after ten seconds at six a minute
    expect((await send()).logged).toBe(true);
    expect((await send()).logged).toBe(false);
    const lines = readFileSync(join(dir, 'main.log'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[5]).toMatch(/\[warn\] \(renderer\) 995 messages from the page dropped/);
    expect(lines[6]).toMatch(/\[error\] \(renderer:editor\) Loop$/);
  });

  it('opens the folder in Electron and only names it in browser mode', async () => {
    const dir = tempDir();
    const opened: string[] = [];
    const electron = createLogHandlers({ logger: createLogger({ file: { dir } }), openFolder: async (d) => void opened.push(d) });
    expect(await electron['app.openLogsFolder']({})).toEqual({ path: dir, opened: true });
    expect(opened).toEqual([dir]);
    const browser = createLogHandlers({ logger: createLogger({ file: { dir } }) });
    expect(await browser['app.openLogsFolder']({})).toEqual({ path: dir, opened: false });
    expect(existsSync(join(dir, 'main.log'))).toBe(false);
  });
});
