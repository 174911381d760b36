import type {
  IndexStatus,
  QuotedElsewhereArticle,
  SearchAnswer,
  SearchRequestParsed,
} from '../../shared/ipc/channels/search';
import { IndexSync } from './index-sync';
import { SearchIndex } from './search-index';
import { isCorruption, openWasmDatabase, type SqlDriver } from './sqlite';

/** A build commits about this often: a kill loses at most this much work, and fsync stays a small part of it. */
const COMMIT_EVERY_MS = 1000;

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * One library folder's search index, kept in line with its files: opened (or rebuilt when missing or
 * damaged), brought up to date a slice at a time, and rebuilt again if it is ever found damaged later.
 * The worker runs slices between requests; the CLI runs them to the end before it searches.
 */
export class LibraryIndex {
  private index: SearchIndex | null = null;
  private sync: IndexSync | null = null;
  /** Building from nothing: answers are partial until the first full pass ends. */
  private building = false;
  private firstBuild = false;
  private failure: string | null = null;
  private transactionBegan = 0;
  /** Why the index was last thrown away, for the log. */
  lastReset: string | null = null;

  constructor(
    readonly root: string,
    readonly dbPath: string,
    private readonly driver: SqlDriver = (path) => openWasmDatabase(path),
  ) {}

  /** Opens the index and plans a full pass over the folder (cheap: sizes and times, not contents). */
  open(): void {
    try {
      const { index, reset, created } = SearchIndex.open(this.dbPath, this.driver);
      this.index = index;
      this.failure = null;
      this.firstBuild = created;
      this.building = !index.complete;
      if (reset) this.lastReset = reset;
      this.sync = new IndexSync(index, this.root);
      this.sync.planFull();
      this.settle(); // An empty folder is fully indexed at once.
    } catch (e) {
      this.index = null;
      this.sync = null;
      this.failure = (e as Error).message;
    }
  }

  /** Throws the index away and builds it again from the files. */
  rebuild(reason = 'A rebuild was asked for.'): void {
    this.close();
    SearchIndex.discard(this.dbPath);
    this.open();
    this.lastReset = reason;
    this.firstBuild = false;
  }

  /** Plans another full pass (after the folder may have changed unseen). */
  recheck(): void {
    this.sync?.planFull();
  }

  prioritise(files: Iterable<string>): void {
    this.sync?.prioritise(files);
  }

  get pending(): boolean {
    return !!this.sync?.pending;
  }

  get urgentPending(): boolean {
    return !!this.sync?.urgentPending;
  }

  /**
   * Does about `budgetMs` of indexing. Slices share a transaction committed about once a second and,
   * unless the caller will `flush` later, when the work runs out; searches in between see what is
   * indexed so far. A damaged index is rebuilt; any other failure (a full disk) is kept in the status
   * and retried by the next slice.
   */
  step(budgetMs: number, options: { commitWhenDone?: boolean } = {}): void {
    if (!this.index || !this.sync) return;
    try {
      if (!this.index.transactionOpen) {
        this.index.begin();
        this.transactionBegan = performance.now();
      }
      this.sync.step(budgetMs);
      const done = !this.sync.pending && (options.commitWhenDone ?? true);
      if (done || performance.now() - this.transactionBegan > COMMIT_EVERY_MS) this.commit();
      this.failure = null;
      this.settle();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Work indexed but not yet committed (the worker commits it shortly after a save, off the save's path). */
  get uncommitted(): boolean {
    return !!this.index?.transactionOpen;
  }

  /** Commits what is indexed so far. */
  flush(): void {
    if (!this.index?.transactionOpen) return;
    try {
      this.commit();
    } catch (e) {
      this.fail(e);
    }
  }

  private commit(): void {
    this.index!.commit();
    this.sync!.committed();
  }

  private fail(e: unknown): void {
    this.index?.rollback();
    this.sync?.rolledBack();
    this.recover(e);
  }

  /** Marks a build finished once its pass over the folder has ended. */
  private settle(): void {
    if (!this.index || this.sync?.pending || !this.building) return;
    this.index.complete = true;
    this.building = false;
    this.firstBuild = false;
  }

  /** Runs every pending slice (the CLI). */
  finish(): void {
    for (let guard = 0; this.pending && guard < 1_000_000; guard++) {
      this.step(500);
      if (this.failure) throw new Error(this.failure);
    }
  }

  private recover(e: unknown): void {
    if (isCorruption(e)) this.rebuild(`The search index was found damaged (${(e as Error).message}).`);
    else this.failure = `The search index could not be updated: ${(e as Error).message}`;
  }

  status(): IndexStatus {
    if (!this.index) {
      return { state: 'failed', indexed: 0, done: 0, total: null, unreadable: 0, complete: false, message: `Search is unavailable: ${this.failure ?? 'the index is not open.'}` };
    }
    const { indexed, unreadable } = this.index.counts();
    const done = this.sync?.done ?? 0;
    const total = this.sync?.total ?? 0;
    const base = { indexed, unreadable, done, total };
    const skipped = unreadable ? ` ${plural(unreadable, 'file')} could not be read and ${unreadable === 1 ? 'is' : 'are'} not searchable.` : '';
    if (this.failure) return { ...base, state: 'failed', complete: false, message: `${this.failure} Results may be out of date.` };
    if (this.building) {
      const verb = this.firstBuild ? 'Building' : 'Rebuilding';
      return {
        ...base,
        state: 'rebuilding',
        complete: false,
        message: `${verb} the search index… ${count(done)} of ${plural(total, 'file')} read. Results so far come from the ${plural(indexed, 'article')} indexed.`,
      };
    }
    if (this.sync?.pending && done < total) {
      return { ...base, state: 'updating', complete: false, message: `Updating the search index… ${count(done)} of ${plural(total, 'file')} checked. Results may be out of date.` };
    }
    return { ...base, state: 'ready', complete: true, message: `${plural(indexed, 'article')} indexed.${skipped}` };
  }

  query(req: SearchRequestParsed): SearchAnswer {
    return this.read((index) => ({ ...index.query(req), index: this.status() }), () => ({
      hits: [], total: 0, offset: req.offset, facets: null, terms: [], notices: [], index: this.status(),
    }));
  }

  quotedElsewhere(req: { sourceId?: string; name?: string; excludeFile?: string; limit: number }): { articles: QuotedElsewhereArticle[]; index: IndexStatus } {
    return this.read((index) => ({ articles: index.quotedElsewhere(req), index: this.status() }), () => ({ articles: [], index: this.status() }));
  }

  /** Runs a read; a damaged index found by it is rebuilt, and the answer says so rather than failing. */
  private read<T>(fn: (index: SearchIndex) => T, unavailable: () => T): T {
    if (!this.index) return unavailable();
    try {
      return fn(this.index);
    } catch (e) {
      if (!isCorruption(e)) throw e;
      this.recover(e);
      return unavailable();
    }
  }

  close(): void {
    this.index?.close();
    this.index = null;
    this.sync = null;
  }
}
