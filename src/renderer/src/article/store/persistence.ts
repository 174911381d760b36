import type { Article } from '../../../../shared/article/model';
import type { CopydeskApi } from '../../../../shared/ipc/client';
import type { VersionReason } from '../../../../shared/ipc/channels/versions';
import type { AppErrorShape } from '../../../../shared/ipc/result';
import type { ArticleDocument } from './document';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: AppErrorShape }
  | { kind: 'read-only'; reason: string };

export interface PersistenceSnapshot {
  file: string;
  save: SaveState;
  /** Edits not yet on disk. */
  dirty: boolean;
}

interface QueuedSave {
  article: Article;
  rev: number;
  reasons: VersionReason[];
}

/** Failures worth retrying on their own, and how often: 5 s, then doubling up to a minute. */
const RETRYABLE = new Set(['disk-full', 'io', 'internal']);
const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 60_000;

/** How long typing must pause before an autosave. */
export const AUTOSAVE_MS = 1200;
/** Unsaved edits are journalled this long after typing stops, and at least this often while it goes on. */
export const JOURNAL_MS = 1000;

/** Errors that mean "someone else has the file now": the user chooses, nothing is retried. */
export const isConflict = (e: AppErrorShape) => e.code === 'conflict' || e.code === 'removed';

/**
 * Getting an open article onto disk: autosave after a pause, save on demand, never two saves at
 * once, a failed save retried by itself when the failure may pass, conflicts reported rather than
 * overwritten, the hot-exit journal of unsaved edits, and renames that follow the slug.
 */
export class ArticlePersistence {
  private savedRevision: number;
  private saving: Promise<boolean> | null = null;
  private again = false;
  /** The save asked for while another was writing was a forced one ("keep mine"): the next write is forced too. */
  private forceAgain = false;
  /** Saves asked for with a reason while another was writing: the document as it was then, to write and keep in turn. */
  private queued: QueuedSave[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private error: AppErrorShape | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = RETRY_FIRST_MS;
  private disposed = false;
  private listeners = new Set<() => void>();
  /** Keeps a saved file as a version; awaited before the next write, so it reads the bytes just written. */
  private keeper: ((file: string, reason: VersionReason) => Promise<void>) | null = null;
  /** Why the next write is being made (an explicit save, a status change, a decision…), oldest first. */
  private reasons: VersionReason[] = [];
  private snap: PersistenceSnapshot;
  private journalTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest edit not yet journalled was made, for the journal's maximum wait. */
  private unjournalledSince: number | null = null;
  /** Journal writes and discards run in order, so a discard never precedes a late write. */
  private journalChain: Promise<unknown> = Promise.resolve();
  private unsubscribe: () => void;
  private fileName: string;
  private hash: string;
  /** The article as the file at `hash` holds it (opened or last saved); null when unknown (a recovered buffer). */
  private saved: Article | null;

  constructor(
    private readonly api: CopydeskApi,
    private readonly document: ArticleDocument,
    opened: { file: string; hash: string; article?: Article },
    readonly readOnly: string | null,
    private readonly onRenamed: (file: string) => void = () => undefined,
  ) {
    this.fileName = opened.file;
    this.hash = opened.hash;
    this.saved = opened.article ?? null;
    this.savedRevision = document.revision;
    this.snap = this.makeSnapshot();
    this.unsubscribe = document.subscribe((c) => {
      if (c.origin === 'load') {
        // The document now is the file on disk: nothing to save.
        this.savedRevision = c.revision;
        this.error = null;
        this.changed();
      } else if (c.origin !== 'meta') this.markEdited();
    });
  }

  get file(): string {
    return this.fileName;
  }

  /** Hash of the file as opened or last saved: a different one on disk means someone else changed it. */
  get baseHash(): string {
    return this.hash;
  }

  /** What the file held at `baseHash`: the common ancestor when someone else changed it since. */
  get savedCopy(): Article | null {
    return this.saved;
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): PersistenceSnapshot => this.snap;

  /**
   * Version history: after every successful write, and before the next one starts, `keep` is given
   * the file and why it was written ('autosave' when nobody asked). A save asked for with a reason
   * while another is writing is kept under that reason by the write that follows, so two quick
   * decisions keep two versions rather than one of the later bytes.
   */
  setVersionKeeper(keep: ((file: string, reason: VersionReason) => Promise<void>) | null): void {
    this.keeper = keep;
  }

  /** The reason a version is filed under when one write answered several: the most deliberate. */
  private static reasonOf(reasons: VersionReason[]): VersionReason {
    const order: VersionReason[] = ['before-restore', 'status', 'decision', 'save', 'export'];
    return order.find((r) => reasons.includes(r)) ?? 'autosave';
  }

  private async keep(reasons: VersionReason[]): Promise<void> {
    if (!this.keeper) return;
    await this.keeper(this.fileName, ArticlePersistence.reasonOf(reasons)).catch(() => undefined);
  }

  private get revision(): number {
    return this.document.revision;
  }

  private makeSnapshot(): PersistenceSnapshot {
    const dirty = this.revision !== this.savedRevision;
    let save: SaveState;
    if (this.readOnly) save = { kind: 'read-only', reason: this.readOnly };
    else if (this.saving) save = { kind: 'saving' };
    else if (this.error) save = { kind: 'failed', error: this.error };
    else save = dirty ? { kind: 'dirty' } : { kind: 'saved' };
    return { file: this.fileName, save, dirty };
  }

  /** A new snapshot only when something React shows changed, so typing does not re-render the status bar per keystroke. */
  private changed(): void {
    const next = this.makeSnapshot();
    const same = next.file === this.snap.file && next.dirty === this.snap.dirty && JSON.stringify(next.save) === JSON.stringify(this.snap.save);
    if (same) return;
    this.snap = next;
    for (const l of this.listeners) l();
  }

  /** No unsaved edits, no save under way, no failure waiting: an outside change may simply be loaded. */
  isQuiet(): boolean {
    return this.revision === this.savedRevision && !this.saving && !this.error;
  }

  /** What is open is not what is on disk (a recovered buffer): it saves like an edit, against its base. */
  markUnsaved(): void {
    this.savedRevision = -1;
    this.saved = null;
    this.markEdited();
  }

  private markEdited(): void {
    if (this.readOnly || this.disposed) return;
    this.changed();
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
    this.scheduleJournal();
  }

  /** Hot exit: a second after typing stops (or every second while it goes on), the unsaved buffer goes to the journal. */
  private scheduleJournal(): void {
    const now = Date.now();
    this.unjournalledSince ??= now;
    if (this.journalTimer) clearTimeout(this.journalTimer);
    const wait = Math.max(0, Math.min(JOURNAL_MS, this.unjournalledSince + JOURNAL_MS - now));
    this.journalTimer = setTimeout(() => this.writeJournal(), wait);
  }

  private writeJournal(): void {
    this.journalTimer = null;
    this.unjournalledSince = null;
    if (this.revision === this.savedRevision || this.readOnly) return;
    const file = this.fileName;
    const article = this.document.article();
    const baseHash = this.hash;
    // A failed journal write is not shown: the save cycle reports the real problem, and the next pause retries.
    this.journalChain = this.journalChain.then(() => this.api.call('journal.write', { file, article, baseHash }));
  }

  discardJournal(file = this.fileName): void {
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = null;
    this.unjournalledSince = null;
    this.journalChain = this.journalChain.then(() => this.api.call('journal.discard', { file }));
  }

  /** The document was replaced by the file as it is on disk (opened as `opened`). */
  adopt(opened: { file: string; hash: string; article?: Article }): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.hash = opened.hash;
    this.saved = opened.article ?? null;
    this.error = null;
    this.savedRevision = this.revision;
    this.discardJournal(this.fileName);
    if (opened.file !== this.fileName) {
      this.fileName = opened.file;
      this.onRenamed(this.fileName);
    }
    this.changed();
  }

  /**
   * Saves now. Resolves true when everything typed so far is on disk. With a reason, the write is
   * kept as a version under it (even when there was nothing new to write: the file as it is). Asked
   * with a reason while another save is writing, the document as it is now is written and kept
   * after that one, so two decisions a moment apart are two versions, not one of the later bytes.
   */
  save(force = false, reason: VersionReason | null = null): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.readOnly) return Promise.resolve(false);
    if (this.saving) {
      this.again = true;
      if (force) this.forceAgain = true;
      if (reason) this.enqueue(reason);
      return this.saving.then(() => this.saving ?? Promise.resolve(this.revision === this.savedRevision));
    }
    if (reason) this.reasons.push(reason);
    if (this.revision === this.savedRevision && !force && !this.error) {
      if (!this.reasons.length) return Promise.resolve(true);
      this.saving = this.keepUnchanged(this.reasons.splice(0));
    } else this.saving = this.runSave(force, null);
    this.changed();
    return this.saving;
  }

  private enqueue(reason: VersionReason): void {
    const last = this.queued[this.queued.length - 1];
    if (last?.rev === this.revision) last.reasons.push(reason);
    else this.queued.push({ article: this.document.article(), rev: this.revision, reasons: [reason] });
  }

  /** A save asked for with a reason and nothing new to write: the file as it is becomes that version. */
  private async keepUnchanged(reasons: VersionReason[]): Promise<boolean> {
    await this.keep(reasons);
    return this.next(true);
  }

  private async runSave(force: boolean, queued: QueuedSave | null): Promise<boolean> {
    const rev = queued?.rev ?? this.revision;
    const article = queued?.article ?? this.document.article();
    const reasons = queued?.reasons ?? this.reasons.splice(0);
    const r = await this.api.call('library.save', { file: this.fileName, article, baseHash: this.hash, force });
    if (r.ok) {
      const renamed = r.value.file !== this.fileName;
      if (renamed) this.discardJournal(this.fileName);
      this.fileName = r.value.file;
      this.hash = r.value.hash;
      this.saved = article;
      this.savedRevision = rev;
      this.error = null;
      this.document.apply([{ kind: 'meta', patch: { updatedAt: r.value.summary.updatedAt } }]);
      if (rev === this.revision) this.discardJournal(this.fileName);
      if (renamed) this.onRenamed(this.fileName);
      this.retryDelay = RETRY_FIRST_MS;
      await this.keep(reasons);
    } else {
      // The retry (or the user's next save) is still the one asked for, and so are those queued behind it.
      this.reasons.unshift(...reasons, ...this.queued.flatMap((q) => q.reasons));
      this.queued = [];
      this.error = r.error;
      this.scheduleRetry(r.error);
    }
    return this.next(r.ok);
  }

  /** After a write (or a version kept): the next state queued, then whatever changed since, forced if a forced save was asked meanwhile. */
  private next(ok: boolean): Promise<boolean> {
    this.saving = null;
    this.changed();
    const force = this.forceAgain;
    const queued = this.queued.shift();
    if (queued || (this.again && force) || (ok && (this.again || this.revision !== this.savedRevision))) {
      this.forceAgain = false;
      if (!queued) {
        this.again = false;
        return this.save(force);
      }
      this.saving = queued.rev === this.savedRevision && !force ? this.keepUnchanged(queued.reasons) : this.runSave(force, queued);
      this.changed();
      return this.saving;
    }
    this.again = false;
    return Promise.resolve(ok && this.revision === this.savedRevision);
  }

  /**
   * A full disk or a flaky drive may recover by itself: try again later, waiting longer each time
   * (the text stays in the editor and in the journal meanwhile). Conflicts and refusals wait for the user.
   */
  private scheduleRetry(error: AppErrorShape): void {
    if (!RETRYABLE.has(error.code) || this.disposed) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.error) void this.save();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }

  /** Before leaving the article: save what is pending. False means the user must be asked. */
  async flush(): Promise<boolean> {
    if (this.readOnly) return true;
    if (this.revision === this.savedRevision && !this.saving) return true;
    return this.save();
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.timer) clearTimeout(this.timer);
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.listeners.clear();
    this.keeper = null;
  }
}
