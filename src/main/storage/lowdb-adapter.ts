import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { ensureDirectory, fsyncDirectory, writeFileAtomic } from './atomic-write';
import { realFs, type StorageFs } from './storage-fs';
import { WriteQueue } from './write-queue';

/** A database file that could not be read, and where it was moved so it can be inspected. */
export interface SetAsideDbFile {
  path: string;
  movedTo: string;
  reason: string;
}

export interface AtomicJsonAdapterOptions<T> {
  fs?: StorageFs;
  /** Content that parses as JSON but is not a `T` is treated like a corrupt file. */
  validate?: (raw: unknown) => raw is T;
  /** Told when a corrupt file was moved aside, so the caller can rebuild and say so in the log. */
  onSetAside?: (file: SetAsideDbFile) => void;
  now?: () => Date;
  /**
   * For a cache that can be rebuilt from elsewhere (the library index): one line of JSON and no
   * `.bak`, so a write costs one copy of the data rather than a pretty-printed one plus a backup
   * of the previous version. Settings and the source book keep both.
   */
  cache?: boolean;
}

/**
 * lowdb's storage, through our atomic writer: pretty-printed JSON, the previous version kept as
 * `<name>.bak` (unless it is a `cache`). A corrupt file reads as "no data" and is moved to `<name>.corrupt-<time>`, because
 * everything in the database can be rebuilt from the library while a thrown error would stop the app.
 */
export class AtomicJsonAdapter<T> implements Adapter<T> {
  readonly #fs: StorageFs;
  readonly #writes = new WriteQueue();

  constructor(
    readonly path: string,
    private readonly options: AtomicJsonAdapterOptions<T> = {},
  ) {
    this.#fs = options.fs ?? realFs;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = new TextDecoder().decode(await this.#fs.readFile(this.path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return this.#setAside(text.trim() === '' ? 'the file is empty' : `not valid JSON: ${(e as Error).message}`);
    }
    if (this.options.validate && !this.options.validate(raw)) return this.#setAside('JSON of the wrong shape');
    return raw as T;
  }

  write(data: T): Promise<void> {
    // lowdb hands over its live object; serialising now writes what was there at the call, not later.
    const cache = this.options.cache === true;
    const text = cache ? JSON.stringify(data) : JSON.stringify(data, null, 2) + '\n';
    return this.#writes.run(this.path, async () => {
      // The app's data folder does not exist on first run.
      await ensureDirectory(dirname(this.path), this.#fs);
      await writeFileAtomic(this.path, text, { fs: this.#fs, backup: !cache });
    });
  }

  /** Resolves once every write asked for so far is on disk (or has failed). */
  idle(): Promise<void> {
    return this.#writes.idle();
  }

  async #setAside(reason: string): Promise<null> {
    const stamp = (this.options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    let movedTo = `${this.path}.corrupt-${stamp}`;
    for (let n = 2; await this.#exists(movedTo); n++) movedTo = `${this.path}.corrupt-${stamp}-${n}`;
    await this.#fs.rename(this.path, movedTo);
    await fsyncDirectory(dirname(this.path), this.#fs);
    this.options.onSetAside?.({ path: this.path, movedTo, reason });
    return null;
  }

  async #exists(path: string): Promise<boolean> {
    return this.#fs.stat(path).then(
      () => true,
      () => false,
    );
  }
}
