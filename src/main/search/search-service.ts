import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type {
  IndexStatus,
  QuotedElsewhereAnswer,
  SearchAnswer,
  SearchRequestParsed,
  QuotedElsewhereRequest,
} from '../../shared/ipc/channels/search';
import { AppError } from '../../shared/ipc/result';
import type { IndexMessage, IndexRequest, IndexWorkerData } from './index-worker';
import { startModuleWorker } from './module-worker';

/** Where the app keeps its index, in its data folder. */
export function indexPathIn(dataDir: string): string {
  return join(dataDir, 'search', 'index.sqlite');
}

/** A library listing's entries, as `LibraryService.onDidChange` gives them: enough to tell what changed. */
export interface ListedFile {
  file: string;
  hash: string;
}

export interface SearchServiceDeps {
  libraryRoot: string;
  dataDir: string;
  /**
   * Subscribes to the library's listing after every change: saves, renames, creations, imports, files
   * moved aside, and other programs' changes (the watcher makes the library list again). Returns an
   * unsubscribe function.
   */
  onLibraryChange?(listener: (articles: readonly ListedFile[]) => void): () => void;
  /** The index's progress, for the `search.progress` event. */
  emit?(status: IndexStatus): void;
  /** Where the index file lives; by default `<dataDir>/search/index.sqlite`. */
  indexPath?: string;
  /** A worker that stops unexpectedly is started again this many times at most (then search says it is unavailable). */
  maxRestarts?: number;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type RequestBody = IndexRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

const STARTING: IndexStatus = { state: 'starting', indexed: 0, done: 0, total: null, unreadable: 0, complete: false, message: 'Opening the search index…' };

/**
 * Full-text search over the library, for the app. The index lives in the data folder and runs in a
 * worker thread (its SQLite driver is synchronous), so building it never holds up the UI; it is fed
 * the library's changes as they happen and answers searches between slices of indexing.
 */
export class SearchService {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private restarts = 0;
  private stopping = false;
  private unsubscribe: (() => void) | null = null;
  /** The last listing seen, to send the worker only what changed. */
  private listed: Map<string, string> | null = null;
  private last: IndexStatus = STARTING;
  readonly indexPath: string;

  constructor(private readonly deps: SearchServiceDeps) {
    this.indexPath = deps.indexPath ?? indexPathIn(deps.dataDir);
  }

  /** Starts the worker, which opens the index (rebuilding it if needed) in the background. Resolves at once. */
  async start(): Promise<void> {
    this.stopping = false;
    this.spawn();
    this.unsubscribe = this.deps.onLibraryChange?.((articles) => this.libraryChanged(articles)) ?? null;
  }

  /** Stops indexing between two slices and closes the index cleanly. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    const worker = this.worker;
    if (!worker) return;
    worker.ref();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    const closed = this.request({ op: 'close' }).catch(() => undefined);
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
    await Promise.race([closed.then(() => exited), timeout]);
    this.worker = null;
    await worker.terminate();
    this.failAll('Search has stopped.');
  }

  /** The last status the worker reported (no round trip). */
  get lastStatus(): IndexStatus {
    return this.last;
  }

  query(input: SearchRequestParsed): Promise<SearchAnswer> {
    return this.request({ op: 'query', input }) as Promise<SearchAnswer>;
  }

  quotedElsewhere(input: QuotedElsewhereRequest & { limit: number }): Promise<QuotedElsewhereAnswer> {
    return this.request({ op: 'quotedElsewhere', input }) as Promise<QuotedElsewhereAnswer>;
  }

  status(): Promise<IndexStatus> {
    return this.request({ op: 'status' }) as Promise<IndexStatus>;
  }

  /** Throws the index away and rebuilds it from the files in the background; answers at once. */
  rebuild(): Promise<IndexStatus> {
    return this.request({ op: 'rebuild' }) as Promise<IndexStatus>;
  }

  /** Reindexes these files (names in the library folder) now; resolves once searches see them. */
  update(files: string[]): Promise<IndexStatus> {
    return this.request({ op: 'update', files }) as Promise<IndexStatus>;
  }

  /** Compares the whole folder with the index again (after the library may have changed unseen). */
  recheck(): Promise<IndexStatus> {
    return this.request({ op: 'recheck' }) as Promise<IndexStatus>;
  }

  /**
   * A new listing of the library: files whose hash changed, appeared or disappeared are reindexed.
   * The first listing is only remembered, since the worker checks the whole folder when it starts.
   */
  libraryChanged(articles: readonly ListedFile[]): Promise<IndexStatus> | null {
    const now = new Map(articles.map((a) => [a.file, a.hash]));
    const before = this.listed;
    this.listed = now;
    if (!before) return null;
    const changed = [...now].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
    for (const file of before.keys()) if (!now.has(file)) changed.push(file);
    if (!changed.length) return null;
    const done = this.update(changed);
    done.catch(() => undefined); // Reported through the status; a later listing or restart retries.
    return done;
  }

  private spawn(): void {
    const data: IndexWorkerData = { root: this.deps.libraryRoot, dbPath: this.indexPath };
    let worker: Worker;
    try {
      worker = startModuleWorker(import.meta.url, 'index-worker', { workerData: data });
    } catch (e) {
      this.setStatus({ ...STARTING, state: 'failed', message: `Search is unavailable: its worker could not start (${(e as Error).message}).` });
      return;
    }
    this.worker = worker;
    // An idle worker must not keep a process alive that has nothing else to do; one with a question pending must.
    worker.unref();
    worker.on('message', (m: IndexMessage) => {
      if (m.type === 'status') return this.setStatus(m.status);
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0 && !this.stopping) worker.unref();
      if (m.ok) p.resolve(m.value);
      else p.reject(new AppError('internal', `Search failed: ${m.message}`));
    });
    worker.on('error', (e) => process.stderr.write(`Copydesk search: the index worker failed: ${e.message}\n`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll('Search stopped unexpectedly; it is starting again.');
      if (this.stopping) return;
      if (this.restarts++ < (this.deps.maxRestarts ?? 3)) {
        this.setStatus({ ...STARTING, message: 'Search stopped unexpectedly; opening the index again…' });
        this.spawn();
      } else {
        this.setStatus({ ...STARTING, state: 'failed', message: `Search is unavailable: its worker kept stopping (exit code ${code}).` });
      }
    });
  }

  private setStatus(status: IndexStatus): void {
    this.last = status;
    this.deps.emit?.(status);
  }

  private failAll(message: string): void {
    for (const p of this.pending.values()) p.reject(new AppError('internal', message));
    this.pending.clear();
  }

  private request(body: RequestBody): Promise<unknown> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new AppError('internal', this.last.state === 'failed' ? this.last.message : 'Search is not running.'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...body, id } as IndexRequest);
    });
  }
}
