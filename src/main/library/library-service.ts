import { createHash } from 'node:crypto';
import { newArticleId } from '../../shared/ids';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { parseArticle, parseArticleBytes, salvageArticle, serializeArticle } from '../../shared/article/file-format';
import { newArticle, type Article, type ArticleSummary, type BadFile } from '../../shared/article/model';
import { ARTICLE_FILE_SUFFIX, slugify } from '../../shared/article/slug';
import { bodyWordCount } from '../../shared/article/text';
import { analyseClaims } from '../../shared/analysis/claims';
import { reviewCounts } from '../../shared/review/counts';
import type { LibraryListing, OpenedArticle, SaveOutcome } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { backupPathOf, ensureDirectory, errnoCode, fsyncDirectory, sweepTempFiles, writeFileAtomic, TEMP_MARKER } from '../storage/atomic-write';
import { JsonDbAdapter } from '../storage/json-db';
import { readFileWithBackupFallback, type Parsed, type VersionProblem } from '../storage/read-with-backup';
import { realFs, type StorageFs, type StorageStats } from '../storage/storage-fs';
import type { Lifecycle } from '../service-container';
import { resolveArticlePath } from './paths';

/** What the index remembers per file, so listing does not reparse unchanged files. */
interface IndexEntry {
  file: string;
  size: number;
  mtimeMs: number;
  summary: ArticleSummary | null;
  bad: BadFile | null;
}
/** Bumped when summaries gain fields or change meaning (2: format 2 statuses, desk, review counts), so old caches are rebuilt. */
const INDEX_VERSION = 2;
/** How long after the last save the index is written to disk. */
const INDEX_WRITE_DELAY_MS = 2_000;
interface IndexData {
  version: typeof INDEX_VERSION;
  entries: Record<string, IndexEntry>;
}

export interface LibraryApi {
  readonly root: string;
  list(): Promise<LibraryListing>;
  create(init: { headline?: string; byline?: string }): Promise<OpenedArticle>;
  open(file: string): Promise<OpenedArticle>;
  save(file: string, article: Article, baseHash: string, force: boolean): Promise<SaveOutcome>;
  readRaw(file: string): Promise<string>;
  onDidChange(listener: (listing: LibraryListing) => void): () => void;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

/**
 * Only `<slug>.article.json` files are articles. Backups (`.bak`), files moved aside (`.bad-…`,
 * `.corrupt-…`) and temporary files (hidden, TEMP_MARKER) never are, so listing and the watcher skip them.
 */
export function isArticleFileName(name: string): boolean {
  return name.endsWith(ARTICLE_FILE_SUFFIX) && !name.startsWith('.') && !name.startsWith(TEMP_MARKER);
}

/** A file-name-safe time stamp for names of files moved aside, e.g. 2026-03-01T09-00-00-000Z. */
export function asideStamp(d: Date): string {
  return d.toISOString().replace(/[:.]/g, '-');
}

type ArticleParseError = Extract<ReturnType<typeof parseArticle>, { ok: false }>['error'];

function parseForFallback(_text: string, bytes: Uint8Array): Parsed<Article, ArticleParseError> {
  const r = parseArticleBytes(bytes);
  return r.ok ? { ok: true, value: r.article } : { ok: false, error: r.error };
}

/** Why reading `what` (a file, or "The library folder …") failed, as a sentence that says nothing was changed; toAppError's are about writing. */
export function readFailure(what: string, code: string | undefined): AppError {
  switch (code) {
    case 'ENOENT':
      return new AppError('not-found', `${what} is no longer there.`);
    case 'EACCES':
    case 'EPERM':
      return new AppError('io', `${what} could not be read: Copydesk is not allowed to read it. Nothing was changed; check its permissions.`);
    case 'EIO':
      return new AppError('io', `${what} could not be read: the disk reported an input/output error. Nothing was changed; try again.`);
    default:
      return new AppError('io', `${what} could not be read (${code ?? 'unknown error'}). Nothing was changed.`);
  }
}

function problemSentence(p: VersionProblem<ArticleParseError>): string {
  switch (p.kind) {
    case 'missing':
      return 'The file is no longer there.';
    case 'unreadable':
      return `The file could not be read (${p.code}).`;
    case 'unparseable':
      return p.error.message;
  }
}

/** What the backup of a damaged file offers, so the user can choose to restore it. */
export interface BackupInfo {
  headline: string;
  updatedAt: string;
}

export function summarise(file: string, article: Article, hash: string, modifiedMs: number): ArticleSummary {
  return {
    id: article.id,
    file,
    headline: article.headline,
    slug: article.slug,
    byline: article.byline,
    status: article.status,
    desk: article.desk,
    assignee: article.assignee,
    createdAt: article.createdAt,
    hasUnverifiedClaims: analyseClaims(article).counts.unverified > 0,
    ...reviewCounts(article),
    wordCount: bodyWordCount(article.body),
    updatedAt: article.updatedAt,
    modifiedMs,
    hash,
  };
}

/**
 * The library folder: one `<slug>.article.json` per article. Files are the truth; the lowdb index
 * in the data folder is a cache that is rebuilt from them whenever it disagrees or is missing.
 */
export class LibraryService implements LibraryApi, Lifecycle {
  private db: Low<IndexData>;
  private listeners = new Set<(l: LibraryListing) => void>();
  /** Saves to one file run one at a time, so two quick saves can't interleave their renames. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The hash this service last wrote to each file (null: it removed the file), so the watcher can tell our writes from others'. */
  private readonly ownWrites = new Map<string, string | null>();
  private readonly fs: StorageFs;

  constructor(
    readonly root: string,
    dataDir: string,
    private readonly clock: () => Date = () => new Date(),
    options: { fs?: StorageFs } = {},
  ) {
    this.fs = options.fs ?? realFs;
    this.db = new Low<IndexData>(new JsonDbAdapter<IndexData>(join(dataDir, 'library-index.json'), { cache: true }), {
      version: INDEX_VERSION,
      entries: {},
    });
  }

  async start(): Promise<void> {
    let st: StorageStats | null = null;
    try {
      st = await this.fs.stat(this.root);
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw readFailure(`The library folder ${this.root}`, errnoCode(e));
    }
    // Only a missing folder is created: mkdir of an existing one fails on a read-only disk that is otherwise usable.
    if (!st) await ensureDirectory(this.root, this.fs);
    else if (!st.isDirectory()) throw new AppError('bad-file', `The library ${this.root} is a file, not a folder.`);
    await this.db.read();
    if (!this.db.data || this.db.data.version !== INDEX_VERSION || typeof this.db.data.entries !== 'object') {
      this.db.data = { version: INDEX_VERSION, entries: {} };
    }
    // Temporary files left by a crash mid-save are never articles: the original is intact beside them.
    await sweepTempFiles(this.root, { fs: this.fs });
  }

  /** Waits for saves and listings already asked for, so none is cut off when the app quits. */
  async stop(): Promise<void> {
    await this.queue;
    await this.listQueue;
    if (this.indexTimer) {
      clearTimeout(this.indexTimer);
      this.indexTimer = null;
      await this.writeIndex();
    }
  }

  /** Saves update the index in memory; it reaches disk a moment after the last of a burst, not at every autosave. */
  private indexChanged(): void {
    this.indexDirty = true;
    if (this.indexTimer) clearTimeout(this.indexTimer);
    this.indexTimer = setTimeout(() => {
      this.indexTimer = null;
      void this.writeIndex();
    }, INDEX_WRITE_DELAY_MS);
    this.indexTimer.unref?.();
  }

  private async writeIndex(): Promise<void> {
    this.indexDirty = false;
    // The index is a cache of the files: failing to write it costs a slower next listing, never this one.
    await this.db.write().catch((e: Error) => process.stderr.write(`Copydesk: could not update the library index: ${e.message}\n`));
  }

  /** The full path of a file the UI named, if it is an article file directly in the library (else `forbidden`). */
  async pathOf(file: string): Promise<string> {
    try {
      return await resolveArticlePath(this.root, file, this.fs);
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw readFailure(file, errnoCode(e));
    }
  }

  /** The hash of the file as it is on disk now; null when it is gone. */
  async diskHash(file: string): Promise<string | null> {
    const full = await this.pathOf(file);
    try {
      return hashBytes(await this.fs.readFile(full));
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return null;
      throw readFailure(file, errnoCode(e));
    }
  }

  /** True when the file holds exactly what this service last wrote there (or, for null, when it removed it). */
  isOwnWrite(file: string, hash: string | null): boolean {
    return this.ownWrites.has(file) && this.ownWrites.get(file) === hash;
  }

  /** Forces the next list() to reread the files instead of trusting size and mtime (the watcher saw a change). */
  forget(file: string): void {
    delete this.db.data.entries[file];
  }

  /** Tells listeners the library changed (the watcher found a change made by another program). */
  notifyChanged(): Promise<void> {
    return this.emit();
  }

  onDidChange(listener: (l: LibraryListing) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Tells the listeners. After a write of Copydesk's own (`known`), the listing comes from the index
   * just updated rather than from reading the folder again: an autosave in a library of thousands of
   * articles must not stat every file and rewrite the index (other programs' changes come through
   * the watcher, which asks for a full listing).
   */
  private async emit(known = false): Promise<void> {
    if (this.listeners.size === 0) return;
    const seq = ++this.emitted;
    let listing: LibraryListing;
    try {
      listing = known ? await this.listQueue.then(() => this.listingOf(this.db.data.entries, this.unreadable)) : await this.list();
    } catch (e) {
      // Emits run in the background after a save: a folder gone meanwhile must not crash the process.
      // The next listing the UI asks for reports the problem.
      process.stderr.write(`Copydesk: could not list the library after a change: ${(e as Error).message}\n`);
      return;
    }
    // A listing that a newer change has overtaken would show the library as it was: only the newest goes out.
    if (seq !== this.emitted) return;
    for (const l of this.listeners) l(listing);
  }

  private emitted = 0;
  /** Files the last full listing could not read, listed again with a listing from the index. */
  private unreadable: BadFile[] = [];
  private indexDirty = false;
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  private listQueue: Promise<unknown> = Promise.resolve();

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * One listing at a time, in the order asked: two overlapping listings could otherwise finish out of
   * order, and the older one would both reach the UI last and write a stale index.
   */
  list(): Promise<LibraryListing> {
    const run = this.listQueue.then(
      () => this.listNow(),
      () => this.listNow(),
    );
    this.listQueue = run.catch(() => undefined);
    return run;
  }

  private async listNow(): Promise<LibraryListing> {
    let names: string[];
    try {
      names = (await this.fs.readdir(this.root)).filter(isArticleFileName);
    } catch (e) {
      throw readFailure(`The library folder ${this.root}`, errnoCode(e));
    }
    const entries = this.db.data.entries;
    const fresh: Record<string, IndexEntry> = {};
    // Files that exist but could not be read this time: listed with the reason, never indexed, so the next listing tries again.
    const unreadable: BadFile[] = [];
    let changed = false;
    for (const file of names) {
      const full = join(this.root, file);
      try {
        const st = await this.fs.lstat(full);
        if (!st.isFile()) continue;
        const known = entries[file];
        if (known && known.size === st.size && known.mtimeMs === st.mtimeMs) {
          fresh[file] = known;
          continue;
        }
        fresh[file] = await this.readEntry(file, full, st.size, st.mtimeMs);
        changed = true;
      } catch (e) {
        // Gone between the folder read and now: it is simply no longer in the library.
        if (errnoCode(e) === 'ENOENT') continue;
        unreadable.push({ file, reason: readFailure(file, errnoCode(e)).message, readOnly: false });
      }
    }
    this.unreadable = unreadable;
    if (changed || this.indexDirty || Object.keys(entries).length !== Object.keys(fresh).length) {
      this.db.data.entries = fresh;
      await this.writeIndex();
    }
    return this.listingOf(fresh, unreadable);
  }

  private listingOf(fresh: Record<string, IndexEntry>, unreadable: BadFile[]): LibraryListing {
    const articles: ArticleSummary[] = [];
    const bad: BadFile[] = [];
    const seenIds = new Map<string, string>();
    // Newest first; file times can tie within the file system's resolution, so the saved time breaks ties.
    const all = Object.values(fresh).sort(
      (a, b) =>
        b.mtimeMs - a.mtimeMs ||
        (b.summary?.updatedAt ?? '').localeCompare(a.summary?.updatedAt ?? '') ||
        a.file.localeCompare(b.file),
    );
    for (const e of all) {
      if (e.bad) bad.push(e.bad);
      else if (e.summary) {
        const other = seenIds.get(e.summary.id);
        if (other) {
          bad.push({ file: e.file, reason: `Same article id as ${other} (a copy?). Open that one, or move this copy aside.`, readOnly: true });
          continue;
        }
        seenIds.set(e.summary.id, e.file);
        articles.push(e.summary);
      }
    }
    return { articles, bad: [...bad, ...unreadable] };
  }

  private async readEntry(file: string, full: string, size: number, mtimeMs: number): Promise<IndexEntry> {
    if (size > MAX_ARTICLE_BYTES) {
      return { file, size, mtimeMs, summary: null, bad: { file, reason: 'The file is too large to be an article.', readOnly: true } };
    }
    const bytes = await this.fs.readFile(full);
    const parsed = parseArticleBytes(bytes);
    if (!parsed.ok) {
      return {
        file, size, mtimeMs, summary: null,
        bad: { file, reason: parsed.error.message, readOnly: parsed.error.code === 'newer-schema' },
      };
    }
    return { file, size, mtimeMs, summary: summarise(file, parsed.article, hashBytes(bytes), mtimeMs), bad: null };
  }

  async create(init: { headline?: string; byline?: string }): Promise<OpenedArticle> {
    return this.serial(async () => {
      const now = this.clock().toISOString();
      const article = newArticle({ id: newArticleId(), now, headline: init.headline, byline: init.byline });
      const file = await this.uniqueName(slugify(init.headline ?? '') || 'untitled', null);
      const text = serializeArticle(article);
      this.ownWrites.set(file, hashBytes(text));
      await writeFileAtomic(join(this.root, file), text, { fs: this.fs });
      void this.emit();
      return { file, article, hash: hashBytes(text), readOnly: null };
    });
  }

  /** Writes a ready-made article (an import) as a new file named from its slug; never over an existing one. */
  async createFrom(article: Article): Promise<OpenedArticle> {
    return this.serial(async () => {
      const file = await this.uniqueName(slugify(article.slug || article.headline) || 'untitled', null);
      const text = serializeArticle(article);
      this.ownWrites.set(file, hashBytes(text));
      await writeFileAtomic(join(this.root, file), text, { fs: this.fs });
      void this.emit();
      return { file, article, hash: hashBytes(text), readOnly: null };
    });
  }

  /**
   * Opens an article. A damaged file is never swapped for its backup silently: the error says a
   * backup exists, and the library offers to restore it (restoreBackup).
   */
  async open(file: string): Promise<OpenedArticle> {
    const full = await this.pathOf(file);
    let bytes: Uint8Array | null = null;
    // Keep the exact bytes of the main file: the conflict check hashes bytes, not decoded text (a BOM differs).
    const read = await readFileWithBackupFallback(full, parseForFallback, {
      fs: capturingFs(this.fs, full, (b) => (bytes = b)),
    });
    if (read.status === 'ok') return { file, article: read.value, hash: hashBytes(bytes ?? read.text), readOnly: null };
    const problem = read.problem;
    if (problem.kind === 'unparseable' && problem.error.code === 'newer-schema' && bytes) {
      // Show what we can, read-only; never write it back.
      const article = salvageArticle(JSON.parse(decode(bytes)), file);
      return { file, article, hash: hashBytes(bytes), readOnly: problem.error.message };
    }
    if (problem.kind === 'missing') throw new AppError('not-found', `${file} is no longer in the library.`);
    if (problem.kind === 'unreadable') throw readFailure(file, problem.code);
    if (read.status === 'backup-available') {
      throw new AppError(
        'bad-file',
        `${file}: ${problemSentence(problem)} A backup saved ${read.backup.updatedAt.slice(0, 16).replace('T', ' ')} can be restored from the library.`,
      );
    }
    throw new AppError('bad-file', `${file}: ${problemSentence(problem)}`);
  }

  /** The backup of a damaged file, if it is a readable article. */
  async inspectBackup(file: string): Promise<BackupInfo | null> {
    const full = await this.pathOf(file);
    const read = await readFileWithBackupFallback(full, parseForFallback, { fs: this.fs });
    if (read.status !== 'backup-available') return null;
    return { headline: read.backup.headline, updatedAt: read.backup.updatedAt };
  }

  /**
   * Puts the backup back in place of a damaged file, which is moved aside (never deleted) first.
   * Only when the user asked for it.
   */
  async restoreBackup(file: string): Promise<OpenedArticle> {
    await this.serial(async () => {
      const full = await this.pathOf(file);
      const read = await readFileWithBackupFallback(full, parseForFallback, { fs: this.fs });
      if (read.status === 'ok') throw new AppError('conflict', `${file} is not damaged any more; it was not replaced.`);
      if (read.status !== 'backup-available') throw new AppError('not-found', `${file} has no usable backup.`);
      if (read.problem.kind !== 'missing') await this.moveAsideUnlocked(file, 'corrupt');
      const bytes = await this.fs.readFile(read.backupPath);
      this.ownWrites.set(file, hashBytes(bytes));
      await writeFileAtomic(full, bytes, { fs: this.fs });
      this.forget(file);
    });
    void this.emit();
    return this.open(file);
  }

  /** Renames a file to `<name>.bad-<time>` (or `.corrupt-<time>`) in the library, so it is no longer listed. Never deletes. */
  async moveAside(file: string): Promise<{ movedTo: string }> {
    const movedTo = await this.serial(() => this.moveAsideUnlocked(file, 'bad'));
    void this.emit();
    return { movedTo };
  }

  private async moveAsideUnlocked(file: string, kind: 'bad' | 'corrupt'): Promise<string> {
    const full = await this.pathOf(file);
    const base = `${file}.${kind}-${asideStamp(this.clock())}`;
    let name = base;
    for (let i = 2; await this.exists(join(this.root, name)); i++) name = `${base}-${i}`;
    this.ownWrites.set(file, null);
    await this.fs.rename(full, join(this.root, name));
    await fsyncDirectory(this.root, this.fs);
    this.forget(file);
    return name;
  }

  async save(file: string, article: Article, baseHash: string, force: boolean): Promise<SaveOutcome> {
    const outcome = await this.serial(async () => {
      const full = await this.pathOf(file);
      let current: Uint8Array | null = null;
      try {
        current = await this.fs.readFile(full);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      let damaged = false;
      if (current) {
        const currentHash = hashBytes(current);
        // The bytes this service last wrote there were made from a valid article: parsing them again
        // (a third of an autosave at book length) can only say what we know, so only others' files are checked.
        const ownWrite = this.isOwnWrite(file, currentHash);
        const parsed = ownWrite ? null : parseArticleBytes(current);
        if (parsed && !parsed.ok && parsed.error.code === 'newer-schema') throw new AppError('read-only', parsed.error.message);
        // What this service itself last wrote is not someone else's change: a save whose error came after its rename landed.
        if (!force && currentHash !== baseHash && !ownWrite) {
          throw new AppError('conflict', `${file} was changed by another program since you opened it.`);
        }
        damaged = parsed !== null && !parsed.ok;
      } else if (!force) {
        throw new AppError('removed', `${file} was moved or deleted by another program since you opened it.`);
      }
      const saved: Article = { ...article, updatedAt: this.clock().toISOString() };
      const text = serializeArticle(saved);
      const hash = hashBytes(text);
      const stem = slugify(saved.slug);
      const currentStem = file.slice(0, -ARTICLE_FILE_SUFFIX.length);
      let target = file;
      if (stem && stem !== currentStem && !currentStem.match(new RegExp(`^${stem}-\\d+$`))) {
        target = await this.uniqueName(stem, file);
      }
      const targetPath = join(this.root, target);
      // A damaged file on disk is moved aside rather than copied over the good backup.
      if (damaged) await this.moveAsideUnlocked(file, 'corrupt');
      this.ownWrites.set(target, hash);
      await writeFileAtomic(targetPath, text, { fs: this.fs, backup: target === file && !damaged });
      if (target !== file && current && !damaged) {
        // The new name is durable before the old one goes, so a crash leaves at worst two copies.
        // The replaced version becomes the new name's backup, so a rename keeps one as every save does.
        this.ownWrites.set(file, null);
        await this.fs.rename(full, backupPathOf(targetPath)).catch(() => undefined);
        await this.fs.unlink(backupPathOf(full)).catch(() => undefined);
        await fsyncDirectory(this.root, this.fs).catch(() => undefined);
      }
      const st = await this.fs.stat(targetPath);
      const summary = summarise(target, saved, hash, st.mtimeMs);
      // The index knows the file as written, so the next listing need not read it back (or rewrite the whole index for it).
      if (target !== file) delete this.db.data.entries[file];
      this.db.data.entries[target] = { file: target, size: st.size, mtimeMs: st.mtimeMs, summary, bad: null };
      this.indexChanged();
      return { file: target, hash, summary };
    });
    void this.emit(true);
    return outcome;
  }

  async readRaw(file: string): Promise<string> {
    const full = await this.pathOf(file);
    try {
      const st = await this.fs.stat(full);
      if (st.size > MAX_ARTICLE_BYTES) throw new AppError('bad-file', 'The file is too large to show.');
      return decode(await this.fs.readFile(full));
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw readFailure(file, errnoCode(e));
    }
  }

  private async uniqueName(stem: string, except: string | null): Promise<string> {
    for (let i = 1; ; i++) {
      const name = `${stem}${i === 1 ? '' : `-${i}`}${ARTICLE_FILE_SUFFIX}`;
      if (name === except) return name;
      if (!(await this.exists(join(this.root, name)))) return name;
    }
  }

  /** Whether a name is taken; an error other than "no such file" is not an answer, so it is thrown. */
  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.lstat(path);
      return true;
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return false;
      throw e;
    }
  }
}

/** Passes everything to `inner`, handing over the bytes read from `path` so the caller can hash exactly them. */
function capturingFs(inner: StorageFs, path: string, onRead: (bytes: Uint8Array) => void): StorageFs {
  return {
    open: (p, f) => inner.open(p, f),
    readFile: async (p) => {
      const bytes = await inner.readFile(p);
      if (p === path) onRead(bytes);
      return bytes;
    },
    rename: (a, b) => inner.rename(a, b),
    unlink: (p) => inner.unlink(p),
    readdir: (p) => inner.readdir(p),
    stat: (p) => inner.stat(p),
    lstat: (p) => inner.lstat(p),
    mkdir: (p, o) => inner.mkdir(p, o),
  };
}

/** UTF-8 for showing a file's raw text; invalid sequences appear as U+FFFD (parsing uses parseArticleBytes, which refuses them). */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
