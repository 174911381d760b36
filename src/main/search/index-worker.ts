import { parentPort, workerData } from 'node:worker_threads';
import type { IndexStatus, QuotedElsewhereRequest, SearchRequestParsed } from '../../shared/ipc/channels/search';
import { claimIndex } from './index-owner';
import { LibraryIndex } from './library-index';

/** What the worker is started with. */
export interface IndexWorkerData {
  root: string;
  dbPath: string;
}

export type IndexRequest =
  | { id: number; op: 'query'; input: SearchRequestParsed }
  | { id: number; op: 'quotedElsewhere'; input: QuotedElsewhereRequest & { limit: number } }
  | { id: number; op: 'status' }
  /** Reindex these files now (a save, a rename, a delete); answered once they are searchable. */
  | { id: number; op: 'update'; files: string[] }
  /** Compare the whole folder with the index again. */
  | { id: number; op: 'recheck' }
  | { id: number; op: 'rebuild' }
  | { id: number; op: 'close' };

export type IndexMessage =
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; message: string }
  | { type: 'status'; status: IndexStatus };

/** Indexing works in slices this long, so a search waits at most one slice. */
const SLICE_MS = 25;
/** A save's reindex is committed this long after the work runs out, so its fsync is not on the way to its answer. */
const FLUSH_AFTER_MS = 250;
/** Progress goes out at most this often while building (and at once when the state changes). */
const STATUS_EVERY_MS = 250;

/**
 * The search index's own thread. SQLite (in WebAssembly) is synchronous: here it can build for
 * seconds while the main process keeps answering the UI. Requests are answered between slices of
 * indexing; saved files jump the queue, and a search first indexes any save still waiting, so it
 * never misses what the user just wrote.
 */
function run(port: NonNullable<typeof parentPort>, data: IndexWorkerData): void {
  const post = (m: IndexMessage) => port.postMessage(m);
  const owner = claimIndex(data.dbPath);
  const library = new LibraryIndex(data.root, data.dbPath);
  const logReset = () => {
    if (!library.lastReset) return;
    process.stderr.write(`Copydesk search: ${library.lastReset} Rebuilding it from the article files.\n`);
    library.lastReset = null;
  };
  if (owner) library.open();
  logReset();
  const status = (): IndexStatus =>
    owner
      ? library.status()
      : { state: 'failed', indexed: 0, done: 0, total: null, unreadable: 0, complete: false, message: 'Search is unavailable: another Copydesk is using this search index.' };

  let lastState = '';
  let lastSent = 0;
  const report = (force = false) => {
    const now = performance.now();
    // Counting the index costs a query: between reports, only a change of state is worth one.
    if (!force && now - lastSent < STATUS_EVERY_MS && library.pending) return;
    const s = status();
    if (!force && s.state === lastState && now - lastSent < STATUS_EVERY_MS) return;
    lastState = s.state;
    lastSent = now;
    post({ type: 'status', status: s });
  };

  let waiting: number[] = [];
  const answerWaiting = () => {
    if (library.urgentPending || !waiting.length) return;
    const s = status();
    for (const id of waiting) post({ type: 'reply', id, ok: true, value: s });
    waiting = [];
  };
  let flushTimer: ReturnType<typeof setTimeout> | null = null;
  const flushSoon = () => {
    if (flushTimer || closing || library.pending || !library.uncommitted) return;
    flushTimer = setTimeout(() => {
      flushTimer = null;
      if (!closing && !library.pending) library.flush();
    }, FLUSH_AFTER_MS);
  };
  const catchUp = () => {
    while (library.urgentPending) library.step(SLICE_MS, { commitWhenDone: false });
    answerWaiting();
  };

  let scheduled = false;
  let closing = false;
  const schedule = () => {
    if (scheduled || closing || !library.pending) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (closing) return;
      library.step(SLICE_MS, { commitWhenDone: false });
      logReset();
      answerWaiting();
      report();
      schedule();
      flushSoon();
    });
  };

  const handle = (req: IndexRequest): unknown => {
    switch (req.op) {
      case 'query':
        catchUp();
        return library.query(req.input);
      case 'quotedElsewhere':
        catchUp();
        return library.quotedElsewhere(req.input);
      case 'status':
        return status();
      case 'update':
        library.prioritise(req.files);
        return undefined;
      case 'recheck':
        library.recheck();
        return status();
      case 'rebuild':
        library.rebuild();
        report(true);
        return status();
      case 'close':
        closing = true;
        if (flushTimer) clearTimeout(flushTimer);
        library.close();
        owner?.release();
        return {};
    }
  };

  port.on('message', (req: IndexRequest) => {
    try {
      const value = handle(req);
      if (req.op === 'update') waiting.push(req.id);
      else post({ type: 'reply', id: req.id, ok: true, value });
    } catch (e) {
      post({ type: 'reply', id: req.id, ok: false, message: (e as Error)?.message ?? String(e) });
    }
    if (req.op === 'close') {
      port.close();
      return;
    }
    logReset();
    answerWaiting();
    schedule();
    flushSoon();
  });
  report(true);
  schedule();
}

if (parentPort) run(parentPort, workerData as IndexWorkerData);
