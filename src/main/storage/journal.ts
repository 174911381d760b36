import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { ensureDirectory, fsyncDirectory, sweepTempFiles, writeFileAtomic } from './atomic-write';
import { realFs, type StorageFs } from './storage-fs';
import { WriteQueue } from './write-queue';
import type { Lifecycle } from '../service-container';

const ENTRY_SUFFIX = '.journal.json';

/** An unsaved editor buffer, kept so that a crash or a killed app loses at most the last second of typing. */
export const JournalEntry = z.object({
  format: z.literal(1),
  /** The article file the buffer belongs to, as the library names it. */
  file: z.string().min(1),
  /** The buffer: the article as the file would contain it. */
  articleJson: z.string(),
  /** Content hash of the file the edits started from; null for an article never saved. */
  baseHash: z.string().nullable(),
  savedAt: z.string(),
});
export type JournalEntry = z.infer<typeof JournalEntry>;

/**
 * How a recovered buffer relates to the file on disk now: only `base-unchanged` can be restored
 * without asking; otherwise someone changed or removed the file since the edits began.
 */
export type RecoveryCheck = 'base-unchanged' | 'changed-on-disk' | 'missing-on-disk';

export function checkAgainstDisk(entry: JournalEntry, diskHash: string | null): RecoveryCheck {
  if (diskHash === entry.baseHash) return 'base-unchanged';
  return diskHash === null ? 'missing-on-disk' : 'changed-on-disk';
}

/** The hot-exit journal: one atomically written entry per article file with unsaved edits, in the app's data folder. */
export class Journal implements Lifecycle {
  readonly #fs: StorageFs;
  /** Temporary files a crash left, removed by start(). */
  swept: string[] = [];
  readonly #now: () => Date;
  readonly #writes = new WriteQueue();

  constructor(
    readonly dir: string,
    options: { fs?: StorageFs; now?: () => Date } = {},
  ) {
    this.#fs = options.fs ?? realFs;
    this.#now = options.now ?? (() => new Date());
  }

  /** Creates the folder if needed and removes temporary files a crash left (their names are kept in `swept`). */
  async start(): Promise<void> {
    await ensureDirectory(this.dir, this.#fs);
    this.swept = await sweepTempFiles(this.dir, { fs: this.#fs });
  }

  /** Waits for entries still being written, so the last second of typing is on disk when the app quits. */
  stop(): Promise<void> {
    return this.#writes.idle();
  }

  write(file: string, articleJson: string, baseHash: string | null): Promise<void> {
    const entry: JournalEntry = { format: 1, file, articleJson, baseHash, savedAt: this.#now().toISOString() };
    return this.#writes.run(file, async () => {
      await ensureDirectory(this.dir, this.#fs);
      await writeFileAtomic(this.#entryPath(file), JSON.stringify(entry, null, 2) + '\n', { fs: this.#fs });
    });
  }

  async read(file: string): Promise<JournalEntry | null> {
    const entry = await this.#readEntry(this.#entryPath(file));
    return entry?.file === file ? entry : null;
  }

  /** Every recoverable buffer, oldest first. Unreadable entries are left on disk for inspection, not offered. */
  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await this.#fs.readdir(this.dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const entries = await Promise.all(names.filter((n) => n.endsWith(ENTRY_SUFFIX)).map((n) => this.#readEntry(join(this.dir, n))));
    return entries.filter((e): e is JournalEntry => e !== null).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }

  /** Forgets the buffer of `file`, after it was saved or its edits were thrown away. */
  discard(file: string): Promise<void> {
    return this.#writes.run(file, async () => {
      try {
        await this.#fs.unlink(this.#entryPath(file));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw e;
      }
      // Otherwise a power cut could bring back edits the user already saved or discarded.
      await fsyncDirectory(this.dir, this.#fs);
    });
  }

  #entryPath(file: string): string {
    // Library names may hold slashes and characters a file name cannot; a hash of the name cannot clash in practice.
    return join(this.dir, createHash('sha256').update(file).digest('hex').slice(0, 32) + ENTRY_SUFFIX);
  }

  async #readEntry(path: string): Promise<JournalEntry | null> {
    try {
      const parsed = JournalEntry.safeParse(JSON.parse(new TextDecoder().decode(await this.#fs.readFile(path))));
      return parsed.success ? parsed.data : null;
    } catch (e) {
      if (e instanceof SyntaxError || (e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
}
