import { isSafeRelativePath } from '../export/escape';

/**
 * Pictures live in the library, in `assets/<article>/<content hash>.<ext>`, and an image node's `src`
 * names them by that library-relative path. The editor shows them through `/library/<path>` on its
 * own origin (browser mode's server, Electron's app:// protocol), which serves that folder only.
 */
export const ASSETS_FOLDER = 'assets';
const URL_PREFIX = '/library/';

/** A path inside the library's assets folder: relative, no "..", no scheme, no odd characters. */
export function isAssetPath(src: unknown): src is string {
  return typeof src === 'string' && isSafeRelativePath(src) && src.startsWith(`${ASSETS_FOLDER}/`);
}

/** The address the editor loads a stored picture from, on the page's own origin. */
export function assetUrl(src: string): string {
  return URL_PREFIX + src.split('/').map(encodeURIComponent).join('/');
}

/**
 * The library-relative path a request names, or null when it is not a picture in the assets folder:
 * each segment is decoded on its own, so an encoded "/" or ".." cannot climb out.
 */
export function assetPathFromUrl(pathname: string): string | null {
  if (!pathname.startsWith(URL_PREFIX)) return null;
  let segments: string[];
  try {
    segments = pathname.slice(URL_PREFIX.length).split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
  if (segments.some((s) => s.includes('/') || s.includes('\\'))) return null;
  const path = segments.join('/');
  return isAssetPath(path) ? path : null;
}

/** A folder name for an article's pictures from its id: kept when it is plain, else made plain. */
export function assetFolderFor(articleId: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(articleId)) return articleId;
  const plain = articleId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  // Different odd ids must not share a folder by accident: a short checksum of the whole id follows.
  let h = 0x811c9dc5;
  for (let i = 0; i < articleId.length; i++) h = Math.imul(h ^ articleId.charCodeAt(i), 0x01000193) >>> 0;
  return `${plain || 'article'}-${h.toString(16).padStart(8, '0')}`;
}
