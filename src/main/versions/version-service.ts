import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { parseArticle, parseArticleBytes, serializeArticle } from '../../shared/article/file-format';
import type { Article } from '../../shared/article/model';
import { bodyWordCount } from '../../shared/article/text';
import { VersionEntry, type VersionReason } from '../../shared/ipc/channels/versions';
import { AppError } from '../../shared/ipc/result';
import { diffVersions } from '../../shared/review/version-diff';
import { articleSchema } from '../../shared/schema';
import { resolveArticlePath } from '../library/paths';
import { TEMP_MARKER, ensureDirectory, writeFileAtomic } from '../storage/atomic-write';
import { realFs, type StorageFs } from '../storage/storage-fs';

/**
 * Version history beside the articles, never inside them: `<library>/.copydesk/versions/<article
 * id>/<version id>.json`, one file per version holding its list entry and the whole article. Kept at
 * every explicit save, status change, batch of decisions and export, and at most once per ten
 * minutes of autosave; bounded to the newest 200, older ones thinned to the last of each day.
 * Every write is atomic. A damaged version file is skipped with a note and left alone; a missing
 * folder is simply no history yet. Keeping a version never makes a save fail: problems come back
 * as a note.
 */

export interface VersionServiceDeps {
  libraryPath: string;
  fs?: StorageFs;
  clock?: () => Date;
  /** How many of the newest versions are always kept (200). */
  keep?: number;
  /** Least time between two versions kept by autosave (ten minutes). */
  autosaveEveryMs?: number;
}

const VERSION_FILE_FORMAT = 1;
const VersionFile = VersionEntry.extend({ format: z.literal(VERSION_FILE_FORMAT), article: z.unknown() });
const VERSION_ID = /^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{8}$/;
const SAFE_FOLDER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** 2026-03-01T10:00:00.123Z → 20260301T100000123Z: sorts as time, safe in any file system. */
function stamp(d: Date): string {
  return d.toISOString().replace(/[-:.]/g, '');
}

export class VersionService {
  private readonly fs: StorageFs;
  private readonly clock: () => Date;
  private readonly keep: number;
  private readonly autosaveEveryMs: number;
  /** Entries already read, by file path: a version file never changes once written. */
  private readonly known = new Map<string, VersionEntry>();
  private queue: Promise<unknown> = Promise.resolve();
  private schema: ReturnType<typeof articleSchema> | null = null;
  private stopped = false;

  constructor(private readonly deps: VersionServiceDeps) {
    this.fs = deps.fs ?? realFs;
    this.clock = deps.clock ?? (() => new Date());
    this.keep = deps.keep ?? 200;
    this.autosaveEveryMs = deps.autosaveEveryMs ?? 10 * 60_000;
  }

  async start(): Promise<void> {
    this.stopped = false;
  }

  /** Lets a version being written finish; later calls are refused. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.queue.catch(() => undefined);
  }

  get root(): string {
    return join(this.deps.libraryPath, '.copydesk', 'versions');
  }

  /** The folder of one article's history. Ids that are not plain names get a hash, so no id can reach outside it. */
  folderOf(articleId: string): string {
    const name = SAFE_FOLDER.test(articleId) ? articleId : `id-${sha256(articleId).slice(0, 32)}`;
    return join(this.root, name);
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    if (this.stopped) return Promise.reject(new AppError('internal', 'Version history is shutting down.'));
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every readable entry of an article's history, newest first, with a note for what could not be read. */
  async list(articleId: string): Promise<{ versions: VersionEntry[]; notes: string[] }> {
    const folder = this.folderOf(articleId);
    let names: string[];
    try {
      names = await this.fs.readdir(folder);
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'ENOENT') return { versions: [], notes: [] };
      return { versions: [], notes: [this.folderProblem(code)] };
    }
    const versions: VersionEntry[] = [];
    let damaged = 0;
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith(TEMP_MARKER)) continue;
      const entry = await this.entryOf(join(folder, name));
      if (entry && entry.articleId === articleId) versions.push(entry);
      else damaged++;
    }
    versions.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    const notes = damaged
      ? [`${damaged} version${damaged === 1 ? '' : 's'} of this article could not be read and ${damaged === 1 ? 'is' : 'are'} not shown; the file${damaged === 1 ? ' is' : 's are'} left as found.`]
      : [];
    return { versions, notes };
  }

  private folderProblem(code: string | undefined): string {
    return code === 'ENOTDIR' || code === 'EEXIST'
      ? 'The version history folder in the library is damaged (a file stands where the folder should be), so no history can be shown or kept. Nothing in it was changed.'
      : `The version history could not be read (${code ?? 'unknown error'}).`;
  }

  private async entryOf(path: string): Promise<VersionEntry | null> {
    const cached = this.known.get(path);
    if (cached) return cached;
    const file = await this.readVersionFile(path);
    if (!file) return null;
    const { article: _article, format: _format, ...entry } = file;
    this.known.set(path, entry);
    return entry;
  }

  private async readVersionFile(path: string): Promise<z.infer<typeof VersionFile> | null> {
    try {
      const parsed = VersionFile.safeParse(JSON.parse(new TextDecoder().decode(await this.fs.readFile(path))));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** One version's article, as this build reads it (migrated, review data normalised). */
  async read(articleId: string, versionId: string): Promise<{ version: VersionEntry; article: Article }> {
    if (!VERSION_ID.test(versionId)) throw new AppError('invalid-request', 'That is not a version id.');
    const file = await this.readVersionFile(join(this.folderOf(articleId), `${versionId}.json`));
    if (!file || file.articleId !== articleId) throw new AppError('not-found', 'That version is not in the history (it may have been thinned out, or its file is damaged).');
    const parsed = parseArticle(JSON.stringify(file.article));
    if (!parsed.ok) throw new AppError(parsed.error.code === 'newer-schema' ? 'read-only' : 'bad-file', `That version cannot be opened: ${parsed.error.message}`);
    const { article: _article, format: _format, ...version } = file;
    return { version, article: parsed.article };
  }

  /**
   * Keeps `article` as a version. Nothing new is kept when it equals the newest version (an
   * autosaved one is relabelled with this reason), or for an autosave within ten minutes of the
   * newest; a problem writing is a note, never an exception.
   */
  record(article: Article, reason: VersionReason, author: string, hash?: string): Promise<{ version: VersionEntry | null; note: string | null }> {
    return this.serial(async () => {
      try {
        return { version: await this.recordNow(article, reason, author, hash), note: null };
      } catch (e) {
        const code = errnoCode(e);
        const why = code === 'ENOTDIR' || code === 'EEXIST' ? this.folderProblem(code) : `This version could not be kept in the history (${code ?? (e as Error).message}); the article itself is saved as usual.`;
        return { version: null, note: why };
      }
    });
  }

  /**
   * Keeps the article file as it is on disk now (after a save), so the version's hash is the one
   * the library reports for the file and a later three-way merge can find its base by it.
   */
  async recordFile(file: string, reason: VersionReason, author: string): Promise<{ version: VersionEntry | null; note: string | null }> {
    const bytes = await this.fs.readFile(await resolveArticlePath(this.deps.libraryPath, file));
    const parsed = parseArticleBytes(bytes);
    if (!parsed.ok) return { version: null, note: `The saved file could not be read back for the history: ${parsed.error.message}` };
    return this.record(parsed.article, reason, author, createHash('sha256').update(bytes).digest('hex'));
  }

  private async recordNow(article: Article, reason: VersionReason, author: string, fileHash?: string): Promise<VersionEntry | null> {
    const now = this.clock();
    const text = serializeArticle(article);
    const hash = fileHash ?? sha256(text);
    const { versions } = await this.list(article.id);
    const newest = versions[0];
    if (newest?.hash === hash) return newest.reason === 'autosave' && reason !== 'autosave' ? this.relabel(newest, reason, author) : null;
    if (reason === 'autosave' && newest && now.getTime() - Date.parse(newest.at) < this.autosaveEveryMs) return null;

    const words = bodyWordCount(article.body);
    const change = newest ? await this.changeSince(article, newest) : { wordsAdded: words, wordsRemoved: 0 };
    const entry: VersionEntry = {
      id: `${stamp(now)}-${randomBytes(4).toString('hex')}`,
      articleId: article.id,
      at: now.toISOString(),
      author,
      status: article.status,
      reason,
      headline: article.headline,
      words,
      ...change,
      hash,
    };
    const folder = this.folderOf(article.id);
    await ensureDirectory(folder, this.fs);
    const path = join(folder, `${entry.id}.json`);
    await writeFileAtomic(path, JSON.stringify({ format: VERSION_FILE_FORMAT, ...entry, article: JSON.parse(text) }) + '\n', { fs: this.fs });
    this.known.set(path, entry);
    await this.thin(folder, [entry, ...versions]);
    return entry;
  }

  /**
   * The newest version was kept by autosave and the same bytes are now saved on purpose (Save, a
   * status change, a decision): the version takes the purpose, so the history shows what the user did
   * rather than an autosave standing in for it.
   */
  private async relabel(newest: VersionEntry, reason: VersionReason, author: string): Promise<VersionEntry | null> {
    const path = join(this.folderOf(newest.articleId), `${newest.id}.json`);
    const file = await this.readVersionFile(path);
    if (!file) return null;
    const entry: VersionEntry = { ...newest, reason, author };
    await writeFileAtomic(path, JSON.stringify({ ...file, reason, author }) + '\n', { fs: this.fs });
    this.known.set(path, entry);
    return entry;
  }

  /** Words added and removed since `previous`; by counts alone when a body is beyond the schema. */
  private async changeSince(article: Article, previous: VersionEntry): Promise<{ wordsAdded: number; wordsRemoved: number }> {
    const words = bodyWordCount(article.body);
    try {
      const { article: before } = await this.read(article.id, previous.id);
      this.schema ??= articleSchema();
      const d = diffVersions(this.schema.nodeFromJSON(before.body), this.schema.nodeFromJSON(article.body));
      return { wordsAdded: d.wordsAdded, wordsRemoved: d.wordsRemoved };
    } catch {
      return { wordsAdded: Math.max(0, words - previous.words), wordsRemoved: Math.max(0, previous.words - words) };
    }
  }

  /** The newest `keep` stay; of older ones, the newest of each day stays. */
  private async thin(folder: string, newestFirst: VersionEntry[]): Promise<void> {
    const seenDays = new Set<string>();
    for (const [i, v] of newestFirst.entries()) {
      if (i < this.keep) continue;
      const day = v.at.slice(0, 10);
      if (!seenDays.has(day)) {
        seenDays.add(day);
        continue;
      }
      const path = join(folder, `${v.id}.json`);
      await this.fs.unlink(path).catch((e) => {
        if (errnoCode(e) !== 'ENOENT') throw e;
      });
      this.known.delete(path);
    }
  }

  /**
   * Brings back a version: the current state is kept as a version first, then the answer is the
   * version's text, fields, sources, claims and review data, with the current status and hand-off
   * log (restoring words does not undo who handed the story to whom).
   */
  async restore(articleId: string, versionId: string, current: Article, author: string): Promise<{ article: Article; kept: VersionEntry | null }> {
    const { article } = await this.read(articleId, versionId);
    const kept = await this.record(current, 'before-restore', author);
    if (kept.note) throw new AppError('io', `The current text could not be kept as a version, so nothing was restored: ${kept.note}`);
    return { article: { ...article, id: current.id, status: current.status, statusLog: current.statusLog, updatedAt: this.clock().toISOString() }, kept: kept.version };
  }

  /** The version whose file text hashes to `hash`: what a copy of the file was saved from. */
  async byHash(articleId: string, hash: string): Promise<Article | null> {
    const { versions } = await this.list(articleId);
    const match = versions.find((v) => v.hash === hash);
    return match ? (await this.read(articleId, match.id)).article : null;
  }
}
