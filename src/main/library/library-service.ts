import { promises as fs } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { parseArticle, serializeArticle } from '../../shared/article/file-format';
import { newArticle, type Article, type ArticleSummary, type BadFile } from '../../shared/article/model';
import { ARTICLE_FILE_SUFFIX, slugify } from '../../shared/article/slug';
import { bodyWordCount } from '../../shared/article/text';
import type { LibraryListing, OpenedArticle, SaveOutcome } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { writeFileAtomic, TEMP_MARKER } from '../storage/atomic-write';
import { JsonDbAdapter } from '../storage/json-db';
import { resolveArticlePath } from './paths';

/** What the index remembers per file, so listing does not reparse unchanged files. */
interface IndexEntry {
  file: string;
  size: number;
  mtimeMs: number;
  summary: ArticleSummary | null;
  bad: BadFile | null;
}
interface IndexData {
  version: 1;
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

export function summarise(file: string, article: Article, hash: string, modifiedMs: number): ArticleSummary {
  return {
    id: article.id,
    file,
    headline: article.headline,
    slug: article.slug,
    status: article.status,
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
export class LibraryService implements LibraryApi {
  private db: Low<IndexData>;
  private listeners = new Set<(l: LibraryListing) => void>();
  /** Saves to one file run one at a time, so two quick saves can't interleave their renames. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly root: string,
    dataDir: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.db = new Low<IndexData>(new JsonDbAdapter<IndexData>(join(dataDir, 'library-index.json')), {
      version: 1,
      entries: {},
    });
  }

  async init(): Promise<void> {
    await fs.mkdir(this.root, { recursive: true });
    await this.db.read();
    if (!this.db.data || this.db.data.version !== 1 || typeof this.db.data.entries !== 'object') {
      this.db.data = { version: 1, entries: {} };
    }
    // Temporary files left by a crash mid-save are never articles: the original is intact beside them.
    for (const name of await fs.readdir(this.root)) {
      if (name.startsWith(TEMP_MARKER)) await fs.unlink(join(this.root, name)).catch(() => undefined);
    }
  }

  onDidChange(listener: (l: LibraryListing) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async emit(): Promise<void> {
    if (this.listeners.size === 0) return;
    const listing = await this.list();
    for (const l of this.listeners) l(listing);
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<LibraryListing> {
    const names = (await fs.readdir(this.root)).filter((n) => n.endsWith(ARTICLE_FILE_SUFFIX) && !n.startsWith('.'));
    const entries = this.db.data.entries;
    const fresh: Record<string, IndexEntry> = {};
    let changed = false;
    for (const file of names) {
      const full = join(this.root, file);
      let st;
      try {
        st = await fs.lstat(full);
      } catch {
        continue;
      }
      if (!st.isFile()) continue;
      const known = entries[file];
      if (known && known.size === st.size && known.mtimeMs === st.mtimeMs) {
        fresh[file] = known;
        continue;
      }
      fresh[file] = await this.readEntry(file, full, st.size, st.mtimeMs);
      changed = true;
    }
    if (changed || Object.keys(entries).length !== Object.keys(fresh).length) {
      this.db.data.entries = fresh;
      await this.db.write();
    }
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
    return { articles, bad };
  }

  private async readEntry(file: string, full: string, size: number, mtimeMs: number): Promise<IndexEntry> {
    if (size > MAX_ARTICLE_BYTES) {
      return { file, size, mtimeMs, summary: null, bad: { file, reason: 'The file is too large to be an article.', readOnly: true } };
    }
    const bytes = await fs.readFile(full);
    const parsed = parseArticle(decode(bytes));
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
      const article = newArticle({ id: randomUUID(), now, headline: init.headline, byline: init.byline });
      const file = await this.uniqueName(slugify(init.headline ?? '') || 'untitled', null);
      const text = serializeArticle(article);
      await writeFileAtomic(join(this.root, file), text);
      void this.emit();
      return { file, article, hash: hashBytes(text), readOnly: null };
    });
  }

  async open(file: string): Promise<OpenedArticle> {
    const full = await resolveArticlePath(this.root, file);
    const bytes = await fs.readFile(full);
    const parsed = parseArticle(decode(bytes));
    if (!parsed.ok) {
      if (parsed.error.code === 'newer-schema') {
        // Show what we can, read-only; never write it back.
        const raw = JSON.parse(decode(bytes)) as Partial<Article>;
        const article = newArticle({ id: String(raw.id ?? file), now: String(raw.updatedAt ?? '') });
        article.headline = typeof raw.headline === 'string' ? raw.headline : '';
        return { file, article, hash: hashBytes(bytes), readOnly: parsed.error.message };
      }
      throw new AppError('bad-file', `${file}: ${parsed.error.message}`);
    }
    return { file, article: parsed.article, hash: hashBytes(bytes), readOnly: null };
  }

  async save(file: string, article: Article, baseHash: string, force: boolean): Promise<SaveOutcome> {
    return this.serial(async () => {
      const full = await resolveArticlePath(this.root, file);
      let current: Buffer | null = null;
      try {
        current = await fs.readFile(full);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
      if (current) {
        const parsed = parseArticle(decode(current));
        if (!parsed.ok && parsed.error.code === 'newer-schema') throw new AppError('read-only', parsed.error.message);
        if (!force && hashBytes(current) !== baseHash) {
          throw new AppError('conflict', `${file} was changed by another program since you opened it.`);
        }
      } else if (!force) {
        throw new AppError('conflict', `${file} was moved or deleted by another program since you opened it.`);
      }
      const saved: Article = { ...article, updatedAt: this.clock().toISOString() };
      const text = serializeArticle(saved);
      const stem = slugify(saved.slug);
      const currentStem = file.slice(0, -ARTICLE_FILE_SUFFIX.length);
      let target = file;
      if (stem && stem !== currentStem && !currentStem.match(new RegExp(`^${stem}-\\d+$`))) {
        target = await this.uniqueName(stem, file);
      }
      const targetPath = join(this.root, target);
      await writeFileAtomic(targetPath, text, { backup: target === file });
      if (target !== file && current) {
        // The new name is durable before the old one goes, so a crash leaves at worst two copies.
        await fs.unlink(full).catch(() => undefined);
        await fs.unlink(`${full}.bak`).catch(() => undefined);
      }
      const st = await fs.stat(targetPath);
      const hash = hashBytes(text);
      const summary = summarise(target, saved, hash, st.mtimeMs);
      void this.emit();
      return { file: target, hash, summary };
    });
  }

  async readRaw(file: string): Promise<string> {
    const full = await resolveArticlePath(this.root, file);
    const st = await fs.stat(full);
    if (st.size > MAX_ARTICLE_BYTES) throw new AppError('bad-file', 'The file is too large to show.');
    return decode(await fs.readFile(full));
  }

  private async uniqueName(stem: string, except: string | null): Promise<string> {
    for (let i = 1; ; i++) {
      const name = `${stem}${i === 1 ? '' : `-${i}`}${ARTICLE_FILE_SUFFIX}`;
      if (name === except) return name;
      try {
        await fs.lstat(join(this.root, name));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return name;
        throw e;
      }
    }
  }
}

/** UTF-8 with invalid sequences kept visible as U+FFFD, which parseArticle reports as not text. */
function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
