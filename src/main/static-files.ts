import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export function contentTypeFor(path: string): string {
  return TYPES[extname(path)] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside the built app, or null when it would leave it (`..`, encoded
 * traversal, NUL bytes). Both hosts serve the renderer through this: browser mode over HTTP and
 * Electron's app:// protocol.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const base = normalize(root);
  const full = normalize(join(base, rel));
  return full.startsWith(base.endsWith(sep) ? base : base + sep) ? full : null;
}
