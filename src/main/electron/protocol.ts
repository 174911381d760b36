import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { contentTypeFor, resolveStaticPath } from '../static-files';
import { CSP } from '../browser/server';
import { assetResponse, isAssetRequest } from '../assets/asset-route';
import type { AssetService } from '../assets/asset-service';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from `app://copydesk/…`, confined to its folder like library paths are,
 * and the library's pictures from `app://copydesk/library/assets/…` (the same origin, so the page's
 * Content-Security-Policy `img-src 'self'` covers them, as in browser mode).
 */
export function serveAppProtocol(rendererDir: string, assets: AssetService): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'copydesk') return new Response('Not found', { status: 404 });
    if (isAssetRequest(url.pathname)) {
      const r = await assetResponse(assets, url.pathname);
      return new Response(typeof r.body === 'string' ? r.body : new Uint8Array(r.body), { status: r.status, headers: r.headers });
    }
    const full = resolveStaticPath(rendererDir, url.pathname);
    if (!full) return new Response('Forbidden', { status: 403 });
    try {
      if (!(await stat(full)).isFile()) return new Response('Not found', { status: 404 });
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(await readFile(full), {
      headers: {
        'content-type': contentTypeFor(full),
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
