import type { Article, DocNode } from '../../../../shared/article/model';
import type { CopydeskApi } from '../../../../shared/ipc/client';
import type { AppErrorShape } from '../../../../shared/ipc/result';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: AppErrorShape }
  | { kind: 'read-only'; reason: string };

export type ArticleFields = Omit<Article, 'body'>;

export interface SessionSnapshot {
  file: string;
  fields: ArticleFields;
  save: SaveState;
  /** Edits not yet on disk. */
  dirty: boolean;
  /** Goes up with every edit (not with save-state changes), for work that follows the text. */
  revision: number;
  /** Another program changed (hash) or removed (null) the file while there were local edits: the user chooses. */
  disk: { hash: string | null } | null;
}

/** Failures worth retrying on their own, and how often: 5 s, then doubling up to a minute. */
const RETRYABLE = new Set(['disk-full', 'io', 'internal']);
const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 60_000;

/** How long typing must pause before an autosave. */
export const AUTOSAVE_MS = 1200;
/** Unsaved edits are journalled this long after typing stops, and at least this often while it goes on. */
export const JOURNAL_MS = 1000;

/**
 * One open article: its fields, how to read the editor's body, and the save cycle (autosave after
 * a pause, save on demand, never two saves at once, conflicts reported rather than overwritten).
 * Plain TypeScript so React only renders its snapshot.
 */
export class ArticleSession {
  private revision = 0;
  private savedRevision = 0;
  private saving: Promise<boolean> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private error: AppErrorShape | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = RETRY_FIRST_MS;
  private disposed = false;
  private listeners = new Set<() => void>();
  private snap: SessionSnapshot;
  private fields: ArticleFields;
  private file: string;
  private baseHash: string;
  readonly readOnly: string | null;
  /** Set by the editor once it exists; returns the current body. */
  getBody: () => DocNode;
  /** Set by the editor once it exists; replaces the body without counting as an edit. */
  setBody: (body: DocNode) => void = () => undefined;
  private journalTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest edit not yet journalled was made, for the journal's maximum wait. */
  private unjournalledSince: number | null = null;
  /** Journal writes and discards for this session run in order, so a discard never precedes a late write. */
  private journalChain: Promise<unknown> = Promise.resolve();
  private disk: { hash: string | null } | null = null;

  constructor(
    private readonly api: CopydeskApi,
    opened: { file: string; article: Article; hash: string; readOnly: string | null },
    private readonly onRenamed: (file: string) => void = () => undefined,
  ) {
    const { body, ...fields } = opened.article;
    this.fields = fields;
    this.file = opened.file;
    this.baseHash = opened.hash;
    this.readOnly = opened.readOnly;
    this.getBody = () => body;
    this.initialBody = body;
    this.snap = this.makeSnapshot();
  }

  readonly initialBody: DocNode;

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): SessionSnapshot => this.snap;

  private makeSnapshot(): SessionSnapshot {
    const dirty = this.revision !== this.savedRevision;
    let save: SaveState;
    if (this.readOnly) save = { kind: 'read-only', reason: this.readOnly };
    else if (this.saving) save = { kind: 'saving' };
    else if (this.error) save = { kind: 'failed', error: this.error };
    else save = dirty ? { kind: 'dirty' } : { kind: 'saved' };
    return { file: this.file, fields: this.fields, save, dirty, revision: this.revision, disk: this.disk };
  }

  private changed(): void {
    this.snap = this.makeSnapshot();
    for (const l of this.listeners) l();
  }

  /** The editor body or a field changed. */
  markEdited(): void {
    if (this.readOnly) return;
    this.revision += 1;
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
    const file = this.file;
    const article = this.currentArticle();
    const baseHash = this.baseHash;
    // A failed journal write is not shown: the save cycle reports the real problem, and the next pause retries.
    this.journalChain = this.journalChain.then(() => this.api.call('journal.write', { file, article, baseHash }));
  }

  private discardJournal(file: string): void {
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.journalTimer = null;
    this.unjournalledSince = null;
    this.journalChain = this.journalChain.then(() => this.api.call('journal.discard', { file }));
  }

  /** The file on disk now has `hash` (null: removed), by another program. Returns true when the caller should reload it. */
  diskChanged(hash: string | null): boolean {
    if (hash === this.baseHash || this.readOnly) return false;
    const quiet = this.revision === this.savedRevision && !this.saving && !this.error;
    if (quiet && hash !== null) return true;
    this.disk = { hash };
    this.changed();
    return false;
  }

  /** Replaces everything with the file as it is on disk (no local edits, or the user chose "take theirs"). */
  replaceWith(opened: { file: string; article: Article; hash: string }): void {
    const { body, ...fields } = opened.article;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.fields = fields;
    this.baseHash = opened.hash;
    this.setBody(body);
    this.revision += 1;
    this.savedRevision = this.revision;
    this.error = null;
    this.disk = null;
    this.discardJournal(this.file);
    if (opened.file !== this.file) {
      this.file = opened.file;
      this.onRenamed(this.file);
    }
    this.changed();
  }

  /** The user chose "keep mine": save over the other version. */
  keepMine(): Promise<boolean> {
    this.disk = null;
    return this.save(true);
  }

  setField<K extends keyof ArticleFields>(key: K, value: ArticleFields[K]): void {
    if (this.fields[key] === value) return;
    this.fields = { ...this.fields, [key]: value };
    this.markEdited();
  }

  currentArticle(): Article {
    return { ...this.fields, body: this.getBody() };
  }

  /** Saves now. Resolves true when everything typed so far is on disk. */
  save(force = false): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.readOnly) return Promise.resolve(false);
    if (this.saving) {
      this.again = true;
      return this.saving.then(() => this.saving ?? Promise.resolve(this.revision === this.savedRevision));
    }
    if (this.revision === this.savedRevision && !force && !this.error) return Promise.resolve(true);
    this.saving = this.runSave(force);
    this.changed();
    return this.saving;
  }

  private async runSave(force: boolean): Promise<boolean> {
    const rev = this.revision;
    const article = this.currentArticle();
    const r = await this.api.call('library.save', { file: this.file, article, baseHash: this.baseHash, force });
    this.saving = null;
    if (r.ok) {
      const renamed = r.value.file !== this.file;
      if (renamed) this.discardJournal(this.file);
      this.file = r.value.file;
      this.baseHash = r.value.hash;
      this.fields = { ...this.fields, updatedAt: r.value.summary.updatedAt };
      this.savedRevision = rev;
      this.error = null;
      if (force) this.disk = null;
      if (rev === this.revision) this.discardJournal(this.file);
      if (renamed) this.onRenamed(this.file);
      this.retryDelay = RETRY_FIRST_MS;
    } else {
      this.error = r.error;
      this.scheduleRetry(r.error.code);
    }
    this.changed();
    if (r.ok && (this.again || this.revision !== this.savedRevision)) {
      this.again = false;
      return this.save();
    }
    this.again = false;
    return r.ok && this.revision === this.savedRevision;
  }

  /**
   * A full disk or a flaky drive may recover by itself: try again later, waiting longer each time
   * (the text stays in the editor and in the journal meanwhile). Conflicts and refusals wait for the user.
   */
  private scheduleRetry(code: string): void {
    if (!RETRYABLE.has(code) || this.disposed) return;
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
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.timer) clearTimeout(this.timer);
    if (this.journalTimer) clearTimeout(this.journalTimer);
    this.listeners.clear();
  }
}
