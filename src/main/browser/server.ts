import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { timingSafeEqual } from 'node:crypto';
import { EVENT_NAMES } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Services } from '../services';
import { contentTypeFor, resolveStaticPath } from '../static-files';
import { assetResponse, isAssetRequest } from '../assets/asset-route';

const MAX_BODY = 64 * 1024 * 1024;
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const COOKIE = 'copydesk_token';

export interface BrowserHost {
  url: string;
  port: number;
  /** Stops serving, then stops the services it served (imports, the watcher, the PDF engine, pending writes). */
  close(): Promise<void>;
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return v.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode: the built renderer and the real services over HTTP, for tests and for machines
 * without Electron. Bound to 127.0.0.1 only; every request needs the per-launch token (given once
 * in the URL, then kept in a strict same-site cookie) and a Host/Origin of this server. The host
 * owns the services it is given: closing it stops them, as quitting the Electron app does.
 */
export async function startBrowserHost(opts: { services: Services; rendererDir: string; token: string; port?: number }): Promise<BrowserHost> {
  const { services, rendererDir, token } = opts;
  let port = 0;
  const sockets = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'Forbidden host.');
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return send(res, 403, 'Forbidden origin.');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const queryToken = url.searchParams.get('token');
    if (queryToken !== null && req.method === 'GET' && url.pathname === '/') {
      if (!sameToken(queryToken, token)) return send(res, 401, 'Wrong or expired Copydesk token. Use the address the server printed.');
      res.writeHead(303, { location: '/', 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`, 'cache-control': 'no-store' });
      return void res.end();
    }
    const presented = req.headers['x-copydesk-token'];
    if (!sameToken(typeof presented === 'string' ? presented : cookieToken(req), token)) {
      return send(res, 401, 'Copydesk needs the token printed when the server started. Open the full address it printed.');
    }

    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      sockets.add(res);
      const unsubs = EVENT_NAMES.map((name) =>
        services.bus.subscribe(name, (payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`)),
      );
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
      req.on('close', () => {
        clearInterval(keepAlive);
        unsubs.forEach((u) => u());
        sockets.delete(res);
      });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'Use POST.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'Send JSON.');
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(req));
      } catch {
        return send(res, 200, JSON.stringify({ ok: false, error: { code: 'invalid-request', message: 'The request was not valid JSON.' } }), 'application/json');
      }
      const result = await dispatch(services.handlers, decodeURIComponent(url.pathname.slice(5)), payload);
      return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    if (isAssetRequest(url.pathname)) {
      const r = await assetResponse(services.assets, url.pathname);
      res.writeHead(r.status, r.headers);
      return void res.end(req.method === 'HEAD' ? undefined : r.body);
    }
    return serveStatic(rendererDir, url.pathname, res);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: Error) => {
      if (!res.headersSent) send(res, 500, `Copydesk server error: ${e.message}`);
      else res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, '127.0.0.1', () => ok());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  let closing: Promise<void> | null = null;
  const stopServing = () =>
    new Promise<void>((ok) => {
      for (const s of sockets) s.end();
      server.close(() => ok());
      server.closeAllConnections();
    });
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    // No request arrives once the services start stopping; closing twice (two signals) waits for the first.
    close: () => (closing ??= stopServing().then(async () => void (await services.stop()))),
  };
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const full = resolveStaticPath(root, pathname);
  if (!full) return send(res, 403, 'Outside the app.');
  try {
    const st = await stat(full);
    if (!st.isFile()) return send(res, 404, 'Not found.');
  } catch {
    return send(res, 404, 'Not found.');
  }
  const body = await readFile(full);
  res.writeHead(200, {
    'content-type': contentTypeFor(full),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(body);
}
