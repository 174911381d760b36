import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { hashBytes, isArticleFileName } from '../library/library-service';
import type { Lifecycle } from '../service-container';
import { realFs, type StorageFs } from '../storage/storage-fs';

/** What the watcher remembers of each article file. The stat fields only decide when to rehash. */
interface Seen {
  hash: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** What the watcher needs from the library: to tell its own writes from other programs', and to refresh listings. */
export interface WatchedLibrary {
  readonly root: string;
  isOwnWrite(file: string, hash: string | null): boolean;
  forget(file: string): void;
  notifyChanged(): Promise<void>;
}

export interface WatcherOptions {
  /** Periodic rescan, the fallback for file systems where fs.watch misses events (network shares, some editors' saves). */
  intervalMs?: number;
  /** Every nth rescan rehashes every file, catching same-size edits within the file system's time resolution. */
  fullEvery?: number;
  /** How long to gather fs.watch events before checking, since one save is several events. */
  settleMs?: number;
  /** Where files are read (tests inject faults); the real file system by default. */
  fs?: StorageFs;
}

/**
 * Watches the library folder for other programs' changes: fs.watch for promptness, a periodic rescan
 * as a fallback. A change is a different content hash (a modification time alone misses sub-second and
 * same-size edits). Each change by someone else is reported as `{ file, hash }` (hash null: removed).
 */
export class LibraryWatcher implements Lifecycle {
  private readonly seen = new Map<string, Seen>();
  private watcher: FSWatcher | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private pending = new Set<string>();
  private pendingAll = false;
  private running: Promise<void> = Promise.resolve();
  private scans = 0;
  private stopped = false;
  private readonly intervalMs: number;
  private readonly fullEvery: number;
  private readonly settleMs: number;
  private readonly fs: StorageFs;

  constructor(
    private readonly library: WatchedLibrary,
    private readonly onChange: (change: { file: string; hash: string | null }) => void,
    options: WatcherOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 2000;
    this.fullEvery = options.fullEvery ?? 10;
    this.settleMs = options.settleMs ?? 60;
    this.fs = options.fs ?? realFs;
  }

  /** Records the library as it is, silently, then starts watching. */
  async start(): Promise<void> {
    await this.scan({ deep: true, report: false });
    if (this.stopped) return;
    try {
      this.watcher = watch(this.library.root, { persistent: false }, (_type, name) => {
        if (name && !isArticleFileName(String(name))) return;
        if (name) this.pending.add(String(name));
        else this.pendingAll = true;
        this.schedule();
      });
      this.watcher.on('error', () => this.watcher?.close());
    } catch {
      // No fs.watch here (or the folder vanished): the periodic rescan still works.
    }
    this.timer = setInterval(() => {
      this.pendingAll = true;
      this.schedule(0);
    }, this.intervalMs);
    this.timer.unref?.();
  }

  /** Stops watching; resolves once a check already running has finished, after which nothing more is reported. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearInterval(this.timer);
    if (this.settle) clearTimeout(this.settle);
    this.timer = null;
    this.settle = null;
    await this.running;
  }

  /** Checks now (tests, and after the app regains focus); resolves when every change so far is reported. */
  check(deep = false): Promise<void> {
    return this.enqueue(() => this.scan({ deep, report: true }));
  }

  private schedule(delay = this.settleMs): void {
    if (this.settle || this.stopped) return;
    this.settle = setTimeout(() => {
      this.settle = null;
      const files = [...this.pending];
      const all = this.pendingAll;
      this.pending.clear();
      this.pendingAll = false;
      void this.enqueue(() =>
        all ? this.scan({ deep: ++this.scans % this.fullEvery === 0, report: true, hashAnyway: files }) : this.checkFiles(files, true),
      );
    }, delay);
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.running.then(job, job);
    this.running = run.catch(() => undefined);
    return run;
  }

  private async scan(opts: { deep: boolean; report: boolean; hashAnyway?: string[] }): Promise<void> {
    let names: string[];
    try {
      names = (await this.fs.readdir(this.library.root)).filter(isArticleFileName);
    } catch {
      names = [];
    }
    const candidates = new Set([...names, ...this.seen.keys()]);
    const anyway = new Set(opts.hashAnyway ?? []);
    const changed: { file: string; hash: string | null }[] = [];
    for (const file of candidates) {
      const c = await this.examine(file, opts.deep || anyway.has(file));
      if (c) changed.push(c);
    }
    if (opts.report) await this.report(changed);
  }

  /** fs.watch named these files: rehash them whatever their times say. */
  private async checkFiles(files: string[], report: boolean): Promise<void> {
    const changed: { file: string; hash: string | null }[] = [];
    for (const file of files) {
      const c = await this.examine(file, true);
      if (c) changed.push(c);
    }
    if (report) await this.report(changed);
  }

  private async examine(file: string, rehash: boolean): Promise<{ file: string; hash: string | null } | null> {
    const full = join(this.library.root, file);
    const before = this.seen.get(file);
    let st;
    try {
      st = await this.fs.lstat(full);
    } catch {
      st = null;
    }
    if (!st || !st.isFile()) {
      if (!before) return null;
      this.seen.delete(file);
      return { file, hash: null };
    }
    if (!rehash && before && before.size === st.size && before.mtimeMs === st.mtimeMs && before.ctimeMs === st.ctimeMs && before.ino === st.ino) {
      return null;
    }
    let hash: string;
    try {
      hash = hashBytes(await this.fs.readFile(full));
    } catch {
      return null; // Gone between stat and read: the next event or scan reports it.
    }
    this.seen.set(file, { hash, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
    return before?.hash === hash ? null : { file, hash };
  }

  private async report(changed: { file: string; hash: string | null }[]): Promise<void> {
    if (changed.length === 0 || this.stopped) return;
    let foreign = false;
    for (const c of changed) {
      this.library.forget(c.file);
      if (this.library.isOwnWrite(c.file, c.hash)) continue;
      foreign = true;
      this.onChange(c);
    }
    if (foreign) await this.library.notifyChanged().catch(() => undefined);
  }
}
