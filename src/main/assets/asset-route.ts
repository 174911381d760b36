import { assetPathFromUrl } from '../../shared/images/asset-path';
import { MAX_IMAGE_BYTES } from '../../shared/images/image-check';
import type { AssetService } from './asset-service';
import { StoredImageError } from './stored-image';

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** Whether a request on the page's origin asks for a stored picture (`/library/assets/…`). */
export function isAssetRequest(pathname: string): boolean {
  return pathname.startsWith('/library/');
}

const plain = (status: number, body: string): AssetResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' },
  body,
});

/**
 * A picture from the library's assets folder for the editor, as both hosts serve it (browser mode
 * over HTTP after its token check, Electron through app://copydesk): only paths inside that folder,
 * only whole PNG, JPEG, GIF or WebP files, sent with the type read from their bytes, never sniffed.
 */
export async function assetResponse(assets: AssetService, pathname: string): Promise<AssetResponse> {
  const src = assetPathFromUrl(pathname);
  if (!src) return plain(403, 'Only pictures in the library’s assets folder are served.');
  try {
    const image = await assets.read(src);
    return {
      status: 200,
      headers: {
        'content-type': image.mime,
        'content-length': String(image.bytes.length),
        'x-content-type-options': 'nosniff',
        // Opened on its own, the response may not run or embed anything.
        'content-security-policy': "default-src 'none'; sandbox",
        'cross-origin-resource-policy': 'same-origin',
        // Named by its content hash: the same name is always the same picture.
        'cache-control': 'private, max-age=86400',
      },
      body: image.bytes,
    };
  } catch (e) {
    if (!(e instanceof StoredImageError)) throw e;
    if (e.reason === 'missing') return plain(404, 'No such picture in the library.');
    if (e.reason === 'outside') return plain(403, 'That picture is outside the library’s assets folder.');
    return plain(415, `That file is not a picture Copydesk shows: ${e.problem} (pictures are at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB).`);
  }
}
