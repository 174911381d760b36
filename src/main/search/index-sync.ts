import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleBytes } from '../../shared/article/file-format';
import { articleRecord } from '../../shared/search/article-record';
import { hashBytes, isArticleFileName } from '../library/library-service';
import type { FileState, SearchIndex } from './search-index';
import { isCorruption } from './sqlite';

/** Files larger than this are not articles (the library lists them as too large); they are not read. */
const MAX_ARTICLE_BYTES = 50 * 1024 * 1024;

interface Stat {
  size: number;
  mtimeMs: number;
}

function statFile(root: string, file: string): Stat | null {
  try {
    const st = lstatSync(join(root, file));
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** The article files in the library folder now. A folder that cannot be read has none. */
export function listArticleFiles(root: string): string[] {
  try {
    return readdirSync(root).filter(isArticleFileName).sort();
  } catch {
    return [];
  }
}

/**
 * Brings the index in line with the library folder, a slice at a time: files removed, added or
 * changed (by size and time first, then by content hash, since a copy or a touch changes the time
 * but not the words). Files named by `prioritise` (a save, a rename, the watcher) jump the queue.
 * The index is never ahead of the files: each file is read, then indexed. The caller groups slices
 * into transactions (a commit per slice would spend a build's time in fsync).
 */
export class IndexSync {
  private queue: string[] = [];
  private next = 0;
  private readonly urgent = new Set<string>();
  private known: Map<string, FileState>;
  /** Files checked and in all, for progress; reset by `planFull`. */
  done = 0;
  total = 0;
  /** Files read in the last slice. */
  read = 0;

  constructor(
    private readonly index: SearchIndex,
    private readonly root: string,
  ) {
    this.known = index.files();
  }

  /** Plans a pass over the whole folder: every listed file, and every indexed file no longer listed. */
  planFull(): void {
    const listed = listArticleFiles(this.root);
    const names = new Set([...listed, ...this.known.keys()]);
    this.queue = [...names].sort();
    this.next = 0;
    this.done = 0;
    this.total = this.queue.length;
  }

  /** Checks these files before anything else, whatever their times say. */
  prioritise(files: Iterable<string>): void {
    for (const f of files) this.urgent.add(f);
  }

  get pending(): boolean {
    return this.urgent.size > 0 || this.next < this.queue.length;
  }

  get urgentPending(): boolean {
    return this.urgent.size > 0;
  }

  /** Files looked at since the last commit, to look at again if the transaction is rolled back. */
  private uncommitted: string[] = [];

  /** Works for about `budgetMs` inside the caller's transaction; returns the files it looked at. */
  step(budgetMs: number): string[] {
    const looked: string[] = [];
    this.read = 0;
    this.work(performance.now(), budgetMs, looked);
    this.uncommitted.push(...looked);
    return looked;
  }

  /** The caller committed: what was looked at is in the index for good. */
  committed(): void {
    this.uncommitted = [];
  }

  /** The caller rolled back (a full disk, a damaged index): nothing since the last commit is in the index, so look again. */
  rolledBack(): void {
    this.known = this.index.files();
    this.prioritise(this.uncommitted);
    this.uncommitted = [];
  }

  private work(started: number, budgetMs: number, looked: string[]): void {
    while (performance.now() - started < budgetMs) {
      const urgent = this.urgent.values().next();
      let file: string;
      let force = false;
      if (!urgent.done) {
        file = urgent.value;
        this.urgent.delete(file);
        force = true;
      } else if (this.next < this.queue.length) {
        file = this.queue[this.next++];
        this.done++;
      } else break;
      looked.push(file);
      this.examine(file, force);
    }
  }

  private examine(file: string, force: boolean): void {
    const before = this.known.get(file);
    const st = isArticleFileName(file) ? statFile(this.root, file) : null;
    if (!st) {
      if (before) {
        this.index.remove(file);
        this.known.delete(file);
      }
      return;
    }
    if (!force && before && before.size === st.size && before.mtimeMs === st.mtimeMs) return;
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.root, file));
    } catch {
      return; // Gone or unreadable between stat and read: the next change or pass sees it.
    }
    this.read++;
    const state: FileState = { hash: hashBytes(bytes), size: bytes.length, mtimeMs: st.mtimeMs };
    if (before && before.hash === state.hash) {
      if (before.size !== state.size || before.mtimeMs !== state.mtimeMs) this.index.touch(file, state);
    } else if (st.size > MAX_ARTICLE_BYTES) {
      this.index.putUnreadable(file, state, 'The file is too large to be an article.');
    } else {
      const parsed = parseArticleBytes(bytes);
      if (parsed.ok) {
        try {
          this.index.put(file, state, articleRecord(parsed.article));
        } catch (e) {
          // One odd article must not stop the rest from being indexed; a damaged index must.
          if (isCorruption(e)) throw e;
          this.index.putUnreadable(file, state, `It could not be indexed: ${(e as Error).message}`);
        }
      } else this.index.putUnreadable(file, state, parsed.error.message);
    }
    this.known.set(file, state);
  }
}
