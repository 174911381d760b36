import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { ASSETS_FOLDER, assetFolderFor, isAssetPath } from '../../shared/images/asset-path';
import { checkImage } from '../../shared/images/image-check';
import type { AddedImage } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { ensureDirectory, errnoCode, sweepTempFiles, writeFileAtomic } from '../storage/atomic-write';
import { realFs, type StorageFs } from '../storage/storage-fs';
import type { Lifecycle } from '../service-container';
import { readStoredImage, type StoredImage } from './stored-image';

/** A temporary file younger than this may belong to another Copydesk writing the same picture. */
const TEMP_GRACE_MS = 60_000;

/**
 * The article's pictures, copied into the library (`assets/<article id>/<content hash>.<ext>`), never
 * referenced from where they came from, so the library folder alone holds the whole story. A file is
 * named by its bytes: the same picture inserted twice is stored once.
 */
export class AssetService implements Lifecycle {
  private readonly fs: StorageFs;

  constructor(
    readonly libraryRoot: string,
    options: { fs?: StorageFs } = {},
  ) {
    this.fs = options.fs ?? realFs;
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  /**
   * Checks the bytes (type from their signature, size, header, wholeness, a name that matches) and
   * writes them atomically; answers with the `src` to put in the image node. A refused picture is an
   * AppError('bad-image') whose message says why, and nothing is written.
   */
  async add(input: { articleId: string; fileName: string; bytes: Uint8Array }): Promise<AddedImage> {
    const check = checkImage(input.bytes, input.fileName);
    if (!check.ok) throw new AppError('bad-image', check.message);
    const hash = createHash('sha256').update(input.bytes).digest('hex').slice(0, 32);
    const folder = assetFolderFor(input.articleId);
    const src = `${ASSETS_FOLDER}/${folder}/${hash}.${check.extension}`;
    const dir = join(this.libraryRoot, ASSETS_FOLDER, folder);
    const path = join(dir, `${hash}.${check.extension}`);
    const reused = await this.holds(path, input.bytes);
    if (!reused) {
      await ensureDirectory(dir, this.fs);
      await this.confined(dir);
      await sweepTempFiles(dir, { fs: this.fs, minAgeMs: TEMP_GRACE_MS });
      await writeFileAtomic(path, input.bytes, { fs: this.fs });
    }
    return { src, type: check.type, width: check.width, height: check.height, reused };
  }

  /** A stored picture for the editor, by its `src`: only inside the assets folder, and only whole pictures. */
  async read(src: string): Promise<StoredImage> {
    if (!isAssetPath(src)) throw new AppError('forbidden', 'Only pictures in the library’s assets folder can be shown.');
    return readStoredImage(join(this.libraryRoot, ASSETS_FOLDER), src.slice(ASSETS_FOLDER.length + 1));
  }

  /** A folder linked to somewhere else would carry the picture out of the library: refused. */
  private async confined(dir: string): Promise<void> {
    const [root, real] = await Promise.all([realpath(this.libraryRoot), realpath(dir)]);
    if (!real.startsWith(root + sep)) {
      throw new AppError('forbidden', `The library’s assets folder leads outside the library (${real}); Copydesk will not write pictures there.`);
    }
  }

  /** Whether the file is already there with these very bytes (a damaged copy is written again). */
  private async holds(path: string, bytes: Uint8Array): Promise<boolean> {
    try {
      const st = await this.fs.lstat(path);
      if (!st.isFile() || st.size !== bytes.length) return false;
      return Buffer.compare(await this.fs.readFile(path), bytes) === 0;
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return false;
      throw e;
    }
  }
}
