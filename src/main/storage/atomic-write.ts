import { promises as nodeFs } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The subset of fs/promises storage uses, so tests can inject faults. */
export type StorageFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'readFile' | 'copyFile' | 'readdir' | 'stat' | 'mkdir'>;

export const TEMP_MARKER = '.copydesk-tmp-';

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content:
 * a uniquely named temporary file beside it, fsync, rename over the target, fsync the directory.
 * With `backup`, the previous version is kept as `<name>.bak`.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { fs?: StorageFs; backup?: boolean } = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const dir = dirname(path);
  const tmp = join(dir, `${TEMP_MARKER}${basename(path)}.${randomBytes(6).toString('hex')}`);
  const fh = await fs.open(tmp, 'w');
  try {
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (options.backup) {
      await fs.copyFile(path, `${path}.bak`).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  const dh = await fs.open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}
