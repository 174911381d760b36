import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services';
import { startBrowserHost, type BrowserHost } from '../../../src/main/browser/server';

let host: BrowserHost;
const dirs: string[] = [];
const TOKEN = 'test-token-0123456789';

function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let them forge. */
function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', fail);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

beforeAll(async () => {
  const renderer = tmp('cd-renderer-');
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Copydesk</title>');
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  const outsideSecret = tmp('cd-secret-');
  writeFileSync(join(outsideSecret, 'secret.txt'), 'SECRET');
  const services = await createServices({ libraryPath: tmp('cd-lib-'), dataDir: tmp('cd-data-') });
  host = await startBrowserHost({ services, rendererDir: renderer, token: TOKEN });
});
afterAll(async () => {
  await host.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const api = (channel: string, headers: Record<string, string> = {}) =>
  raw({ method: 'POST', path: `/api/${channel}`, headers: { 'content-type': 'application/json', 'x-copydesk-token': TOKEN, ...headers }, body: '{}' });

describe('browser mode host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it('requires the per-launch token on every request', async () => {
    expect((await raw({ path: '/' })).status).toBe(401);
    expect((await raw({ path: '/assets/app.js' })).status).toBe(401);
    expect((await api('library.list', { 'x-copydesk-token': 'wrong' })).status).toBe(401);
    expect((await raw({ path: '/?token=wrong' })).status).toBe(401);
    const first = await raw({ path: `/?token=${TOKEN}` });
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']).split(';')[0];
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await raw({ path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const list = await raw({ method: 'POST', path: '/api/library.list', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(JSON.parse(list.body)).toMatchObject({ ok: true, value: { articles: [] } });
  });

  it('rejects other hosts and origins (DNS rebinding, cross-site requests)', async () => {
    expect((await api('library.list', { host: 'evil.example:80' })).status).toBe(403);
    expect((await api('library.list', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('library.list', { origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('serves nothing outside the API and the built app', async () => {
    const h = { 'x-copydesk-token': TOKEN };
    expect((await raw({ path: '/assets/app.js', headers: h })).status).toBe(200);
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../secret.txt', '/%00', '/assets']) {
      const r = await raw({ path, headers: h });
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.body).not.toContain('root:');
    }
    expect(JSON.parse((await api('fs.readFile')).body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect((await raw({ method: 'GET', path: '/api/library.list', headers: h })).status).toBe(405);
  });
});
