import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../src/main/services';
import { startBrowserHost, type BrowserHost } from '../../../src/main/browser/server';
import { assetUrl } from '../../../src/shared/images/asset-path';
import { png, SVG_WITH_SCRIPT } from '../../support/pictures';

let host: BrowserHost;
let library: string;
const dirs: string[] = [];
const TOKEN = 'test-token-0123456789';

function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let them forge. */
function raw(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; bytes: Buffer; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${host.port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          ok({ status: res.statusCode ?? 0, body: bytes.toString('utf8'), bytes, headers: res.headers });
        });
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
  library = tmp('cd-lib-');
  const services = await createServices({ libraryPath: library, dataDir: tmp('cd-data-') });
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

describe('browser mode serves the library’s pictures to the editor', () => {
  const h = { 'x-copydesk-token': TOKEN };
  const add = (fileName: string, bytes: Buffer) =>
    raw({ method: 'POST', path: '/api/assets.add', headers: { ...h, 'content-type': 'application/json' }, body: JSON.stringify({ articleId: 'a1', fileName, data: bytes.toString('base64') }) }).then(
      (r) => JSON.parse(r.body),
    );

  it('a picture added through assets.add comes back from /library/<src>, typed by its bytes, never sniffed', async () => {
    const bytes = png(3, 3);
    const added = await add('ferry.png', bytes);
    expect(added).toMatchObject({ ok: true, value: { src: expect.stringMatching(/^assets\/a1\/[0-9a-f]{32}\.png$/), width: 3, height: 3 } });
    const r = await raw({ path: assetUrl(added.value.src), headers: h });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.bytes.equals(bytes)).toBe(true);
  });

  it('assets.add refuses a hostile file with its sentence, and malformed bytes at the boundary', async () => {
    expect(await add('logo.svg', SVG_WITH_SCRIPT)).toMatchObject({ ok: false, error: { code: 'bad-image', message: expect.stringMatching(/SVG drawing, which can carry scripts/) } });
    const bad = await raw({ method: 'POST', path: '/api/assets.add', headers: { ...h, 'content-type': 'application/json' }, body: JSON.stringify({ articleId: 'a1', fileName: 'x.png', data: 'not base64!' }) });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('needs the token, and serves nothing outside the assets folder or that is not a picture', async () => {
    const added = await add('ferry.png', png(2, 2));
    expect((await raw({ path: assetUrl(added.value.src) })).status).toBe(401);
    expect((await raw({ path: assetUrl(added.value.src), headers: { 'x-copydesk-token': 'wrong' } })).status).toBe(401);

    writeFileSync(join(library, 'story.article.json'), '{"secret": "SECRET"}');
    const outside = tmp('cd-outside-');
    writeFileSync(join(outside, 'secret.png'), Buffer.concat([png(1, 1), Buffer.from('SECRET')]));
    mkdirSync(join(library, 'assets', 'evil'), { recursive: true });
    symlinkSync(join(outside, 'secret.png'), join(library, 'assets', 'evil', 'link.png'));
    symlinkSync(outside, join(library, 'assets', 'evil', 'dir'));
    writeFileSync(join(library, 'assets', 'evil', 'page.png'), '<html><script>alert("SECRET")</script></html>');
    for (const [path, status] of [
      ['/library/story.article.json', 403],
      ['/library/assets/../story.article.json', 403],
      ['/library/assets/%2e%2e/story.article.json', 403],
      ['/library/assets/evil%2f..%2f..%2fstory.article.json', 403],
      ['/library/assets/evil/..%5c..%5cstory.article.json', 403],
      ['/library/assets/evil/link.png', 403],
      ['/library/assets/evil/dir/secret.png', 403],
      ['/library/assets/evil/page.png', 415],
      ['/library/assets/evil/missing.png', 404],
    ] as const) {
      const r = await raw({ path, headers: h });
      expect(r.status, path).toBe(status);
      expect(r.body, path).not.toContain('SECRET');
      expect(r.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
});
