import { promises as fs } from 'node:fs';
import { resolve, sep } from 'node:path';
import { isSafeRelativePath } from '../../shared/export/escape';
import { checkImage, MAX_IMAGE_BYTES, type ImageType } from '../../shared/images/image-check';

export type StoredImageFailure = 'missing' | 'outside' | 'refused';

/** A picture that cannot be read from the library; `problem` is a clause ("the file is missing"). */
export class StoredImageError extends Error {
  override readonly name = 'StoredImageError';
  constructor(
    readonly reason: StoredImageFailure,
    readonly problem: string,
  ) {
    super(problem);
  }
}

export interface StoredImage {
  bytes: Uint8Array;
  type: ImageType;
  mime: string;
}

/**
 * Reads a picture named by a path relative to `root`, for an export or for the editor. Only a file
 * inside `root` once links are resolved, of a usable size, that really is a whole PNG, JPEG, GIF or
 * WebP is read: a hostile article cannot pull another file of the machine into an export or a page.
 */
export async function readStoredImage(root: string, rel: string): Promise<StoredImage> {
  if (!isSafeRelativePath(rel)) throw new StoredImageError('outside', 'it is not a plain path inside the library');
  let realRoot: string;
  let real: string;
  try {
    realRoot = await fs.realpath(root);
    real = await fs.realpath(resolve(realRoot, rel));
  } catch {
    throw new StoredImageError('missing', 'the file is missing');
  }
  if (!real.startsWith(realRoot + sep)) throw new StoredImageError('outside', 'it is outside the library folder');
  const stat = await fs.stat(real);
  if (!stat.isFile()) throw new StoredImageError('missing', 'it is not a file');
  if (stat.size > MAX_IMAGE_BYTES) throw new StoredImageError('refused', `it is larger than the ${MAX_IMAGE_BYTES / 1024 / 1024} MB a picture may be`);
  const bytes = new Uint8Array(await fs.readFile(real));
  const check = checkImage(bytes);
  if (!check.ok) throw new StoredImageError('refused', check.problem);
  return { bytes, type: check.type, mime: check.mime };
}
