import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../src/main/export/pdf';
import type { SpellRequest, SpellResponse } from '../../../src/shared/spelling/protocol';
import { SpellClient, type SpellPort } from '../../../src/renderer/src/spelling/spell-client';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The spelling worker, twice: its real entry module run in Node inside a stand-in worker scope where every
 * way to reach the network throws, and its production bundle (built by Vite exactly as the renderer starts
 * it) run as a real module Worker in Chromium under the app's CSP, with every request recorded.
 */
describe('spelling worker entry, with the network taken away', () => {
  const attempts: string[] = [];
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const workerListeners: ((e: { data: SpellRequest }) => void)[] = [];
  const clientListeners = new Set<(e: { data: SpellResponse }) => void>();
  const g = globalThis as Record<string, unknown>;
  const stand = (name: string, value: unknown) => {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  };

  beforeAll(async () => {
    const refuse = (name: string) =>
      function refused() {
        attempts.push(name);
        throw new Error(`${name} must never be called by the spelling worker`);
      };
    for (const name of ['fetch', 'importScripts', 'XMLHttpRequest', 'WebSocket', 'EventSource']) stand(name, refuse(name));
    stand('addEventListener', (_type: string, listener: (e: { data: SpellRequest }) => void) => workerListeners.push(listener));
    stand('postMessage', (message: SpellResponse) => {
      for (const l of clientListeners) l({ data: structuredClone(message) });
    });
    await import('../../../src/renderer/src/spelling/spell-worker');
  });
  afterAll(() => {
    for (const [name, d] of saved) {
      if (d) Object.defineProperty(globalThis, name, d);
      else delete g[name];
    }
  });

  const port: SpellPort = {
    postMessage: (m) => workerListeners.forEach((l) => l({ data: structuredClone(m) })),
    addEventListener: (_t, l) => void clientListeners.add(l),
    removeEventListener: (_t, l) => void clientListeners.delete(l),
  };

  it('checks ranges in document positions, suggests, learns words and switches language without any request', async () => {
    const client = new SpellClient(port);
    await client.configure('en-US', [], ['Ana Okonkwo']);
    const text = 'Okonkwo said the councl uses Copydesk.';
    const first = await client.check([{ key: 'b1', text, from: 40 }]);
    expect(first.language).toBe('en-US');
    expect(first.results).toEqual([
      { key: 'b1', misspellings: [{ word: 'councl', from: 40 + text.indexOf('councl'), to: 40 + text.indexOf('councl') + 6 }, { word: 'Copydesk', from: 40 + 29, to: 40 + 37 }] },
    ]);
    expect(await client.suggest('councl')).toContain('council');
    await client.addWord('Copydesk');
    expect((await client.check([{ key: 'b1', text, from: 40 }])).results[0].misspellings.map((m) => m.word)).toEqual(['councl']);
    await client.setLanguage('en-GB');
    const gb = await client.check([{ key: 'b2', text: 'The colour, the color, and Copydesk.', from: 1 }]);
    expect(gb).toMatchObject({ language: 'en-GB', results: [{ key: 'b2', misspellings: [{ word: 'color' }] }] });
    await client.removeWord('Copydesk');
    expect((await client.check([{ key: 'b3', text: 'Copydesk', from: 1 }])).results[0].misspellings).toHaveLength(1);
    await expect(client.setLanguage('xx' as never)).rejects.toThrow('no dictionary for "xx"');
    client.dispose();
    expect(attempts).toEqual([]);
  });
});

describe('spelling worker bundle (built by Vite, run in Chromium)', () => {
  const out = mkdtempSync(join(tmpdir(), 'copydesk-spell-worker-'));
  let server: Server;
  let origin = '';

  beforeAll(async () => {
    // The page gets the app's own CSP (from the renderer's index.html), so the worker runs under the same rules.
    const csp = readFileSync(join(ROOT, 'src/renderer/index.html'), 'utf8').match(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/)?.[0];
    expect(csp).toBeTruthy();
    const script = `import { build } from 'vite';
await build({
  root: ${JSON.stringify(join(ROOT, 'tests/support/spell-worker-page'))}, configFile: false, logLevel: 'silent',
  build: { outDir: ${JSON.stringify(out)}, emptyOutDir: true },
  plugins: [{ name: 'app-csp', transformIndexHtml: (html) => html.replace('<title>', ${JSON.stringify(csp + '\n    <title>')}) }],
});`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: 'pipe' });
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const file = join(out, path === '/' ? 'index.html' : path);
      if (!file.startsWith(out)) return void res.writeHead(403).end();
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }, 120_000);
  afterAll(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

  const workerFiles = () => readdirSync(join(out, 'assets')).filter((f) => f.startsWith('spell-worker'));

  it('carries its dictionaries inside, with no address it could load anything from', () => {
    const files = workerFiles();
    expect(files.length).toBeGreaterThan(0);
    const code = files.map((f) => readFileSync(join(out, 'assets', f), 'utf8')).join('\n');
    // Both word lists are in the bundle (a word found only in each).
    expect(code).toContain('colour');
    expect(code).toContain('organization');
    const urls = [...code.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)]*/g)].map((m) => m[0]);
    // The one address is is-buffer's licence banner (a comment nspell bundles), which nothing loads.
    expect(urls.filter((u) => u !== 'https://feross.org')).toEqual([]);
    expect(code).not.toMatch(/importScripts|XMLHttpRequest|new WebSocket|EventSource/);
    const bytes = files.reduce((n, f) => n + readFileSync(join(out, 'assets', f)).length, 0);
    process.stdout.write(`spelling worker bundle: ${files.join(', ')}, ${(bytes / 1e6).toFixed(2)} MB\n`);
  });

  it('runs as a module Worker under the app’s CSP and asks for nothing but its own script files', async () => {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.context().on('request', (r) => requests.push(r.url()));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => {
        const w = globalThis as unknown as { spelling?: unknown; spellingError?: string };
        return w.spelling !== undefined || w.spellingError !== undefined;
      }, undefined, { timeout: 60_000 });
      const result = await page.evaluate(() => {
        const w = globalThis as unknown as { spelling?: unknown; spellingError?: string };
        return { spelling: w.spelling, spellingError: w.spellingError };
      });
      expect(result.spellingError).toBeUndefined();
      expect(result.spelling).toMatchObject({
        us: { language: 'en-US', results: [{ key: 'p1', misspellings: [{ word: 'councl', from: 27, to: 33 }, { word: 'colour', from: 53, to: 59 }] }] },
        gb: { language: 'en-GB', results: [{ key: 'p1', misspellings: [{ word: 'color', from: 20, to: 25 }] }] },
      });
      expect((result.spelling as { suggestions: string[] }).suggestions).toContain('council');
      expect(errors).toEqual([]);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
      const unique = [...new Set(requests)];
      expect(unique.every((u) => u.startsWith(`${origin}/`)), unique.join('\n')).toBe(true);
      expect(unique.map((u) => new URL(u).pathname).filter((p) => p !== '/' && !/^\/assets\/[\w-]+\.js$/.test(p))).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
