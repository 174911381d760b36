import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { realFs, type StorageFs } from './storage-fs';

// Re-exported because callers already import the type from here alongside writeFileAtomic.
export type { StorageFs } from './storage-fs';

/** Every temporary file storage creates starts with this, so start-up sweeps and file watchers can skip them. */
export const TEMP_MARKER = '.copydesk-tmp-';

export interface AtomicWriteOptions {
  fs?: StorageFs;
  /** Keep the version being replaced as `<name>.bak`. */
  backup?: boolean;
}

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

export function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Makes the names in `dir` (created, renamed, removed files) survive a power cut. */
export async function fsyncDirectory(dir: string, fs: StorageFs = realFs): Promise<void> {
  // Windows cannot open a directory as a file; NTFS journals renames itself.
  if (process.platform === 'win32') return;
  const dh = await fs.open(dir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
}

/** Creates `dir` and any missing parents, making each new name durable so files written there cannot vanish with it. */
export async function ensureDirectory(dir: string, fs: StorageFs = realFs): Promise<void> {
  const created = await fs.mkdir(dir, { recursive: true });
  if (created === undefined) return;
  for (let d = dir; ; d = dirname(d)) {
    await fsyncDirectory(dirname(d), fs);
    if (d === created) break;
  }
}

/**
 * Writes `data` to a new, uniquely named temporary file beside `target` and fsyncs it.
 * On failure the temporary file is removed (best effort; the start-up sweep catches the rest).
 */
async function writeDurableTemp(fs: StorageFs, target: string, data: Uint8Array): Promise<string> {
  const tmp = join(dirname(target), `${TEMP_MARKER}${basename(target)}.${randomBytes(6).toString('hex')}`);
  // 'wx' fails rather than sharing a file if two writers ever drew the same name.
  const fh = await fs.open(tmp, 'wx');
  try {
    try {
      await fh.writeFile(data);
      // A failed fsync may have dropped the data while a second fsync reports success, so a
      // failure abandons this file and a retry starts a new one.
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  return tmp;
}

async function replaceWith(fs: StorageFs, tmp: string, target: string): Promise<void> {
  try {
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  await fsyncDirectory(dirname(target), fs);
}

/**
 * Copies the current content of `path` to `<name>.bak` durably, before `path` is replaced.
 * The copy goes through its own temporary file, so a `.bak` is never half written, and its name is
 * made durable before the main file is touched: otherwise a power cut could keep the new main file
 * with an older backup, and the version being replaced would exist nowhere.
 */
async function keepBackup(fs: StorageFs, path: string, next: Uint8Array): Promise<void> {
  let current: Uint8Array;
  try {
    current = await fs.readFile(path);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return;
    throw e;
  }
  // A retry of a save that landed before its error must not overwrite the real previous version.
  if (sameBytes(current, next)) return;
  const bak = backupPathOf(path);
  await replaceWith(fs, await writeDurableTemp(fs, bak, current), bak);
}

/**
 * Writes a file so that a crash or power cut at any moment leaves either the old or the new content:
 * a uniquely named temporary file beside it, fsync, (backup), rename over the target, fsync the directory.
 * With `backup`, the previous version is kept as `<name>.bak`. Errors are Node's, with their `code`
 * (ENOSPC, EIO, EACCES, ENOENT…) for toAppError; the target is never left partly written.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? realFs;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const tmp = await writeDurableTemp(fs, path, bytes);
  if (options.backup) {
    try {
      await keepBackup(fs, path, bytes);
    } catch (e) {
      await fs.unlink(tmp).catch(() => undefined);
      throw e;
    }
  }
  await replaceWith(fs, tmp, path);
}

/**
 * Removes temporary files a crash left in `dir` and returns their names. Run it at start-up, before
 * anything writes there. `minAgeMs` spares files young enough to belong to another running writer (the CLI).
 */
export async function sweepTempFiles(
  dir: string,
  options: { fs?: StorageFs; minAgeMs?: number; now?: number } = {},
): Promise<string[]> {
  const fs = options.fs ?? realFs;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if (errnoCode(e) === 'ENOENT') return [];
    throw e;
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => n.startsWith(TEMP_MARKER))) {
    const path = join(dir, name);
    try {
      if (options.minAgeMs) {
        const age = (options.now ?? Date.now()) - (await fs.stat(path)).mtimeMs;
        if (age < options.minAgeMs) continue;
      }
      await fs.unlink(path);
      removed.push(name);
    } catch (e) {
      // Another sweeper got there first; anything else (EACCES, EIO) the caller should hear about.
      if (errnoCode(e) !== 'ENOENT') throw e;
    }
  }
  // No directory fsync: a removal lost to a power cut is simply swept again next start.
  return removed;
}
