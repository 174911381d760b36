import type { Article } from '../../../../shared/article/model';
import type { CopydeskApi } from '../../../../shared/ipc/client';
import type { VersionReason } from '../../../../shared/ipc/channels/versions';
import { Observable } from '../../ui/store';
import { ArticleDocument, type ArticleFields, type FieldKey } from './document';
import { DiskWatch, type DiskSnapshot } from './disk-watch';
import { ArticlePersistence, type PersistenceSnapshot, type SaveState } from './persistence';

export type { ArticleFields, SaveState };
export { AUTOSAVE_MS, JOURNAL_MS } from './persistence';

export interface OpenedArticle {
  file: string;
  article: Article;
  hash: string;
  readOnly: string | null;
}

export type SessionSnapshot = PersistenceSnapshot & DiskSnapshot & { fields: ArticleFields; revision: number };

/**
 * One open article, put together from its three parts: the document (data, body binding, one
 * change stream, undo), its persistence (autosave, retries, journal, renames) and the disk watch
 * (other programs' changes, conflicts). Each part is tested on its own; this is only the wiring
 * and the few calls the app makes on the whole.
 */
export class ArticleSession {
  readonly document: ArticleDocument;
  readonly persistence: ArticlePersistence;
  readonly disk: DiskWatch;
  readonly readOnly: string | null;
  private snap: SessionSnapshot;
  private listeners = new Set<() => void>();
  private offs: (() => void)[];
  /** Bumped whenever a version was kept; `note` says why one could not be. */
  readonly versions = new Observable<{ kept: number; note: string | null }>({ kept: 0, note: null });

  constructor(
    private readonly api: CopydeskApi,
    opened: OpenedArticle,
    onRenamed: (file: string) => void = () => undefined,
  ) {
    this.readOnly = opened.readOnly;
    this.document = new ArticleDocument(opened.article);
    this.persistence = new ArticlePersistence(api, this.document, opened, opened.readOnly, onRenamed);
    this.disk = new DiskWatch(api, this.document, this.persistence);
    this.snap = this.makeSnapshot();
    const refresh = () => {
      this.snap = this.makeSnapshot();
      for (const l of this.listeners) l();
    };
    this.offs = [
      this.persistence.subscribe(refresh),
      this.disk.subscribe(refresh),
      this.document.subscribe(refresh),
    ];
    // Every write is offered to the history: autosaves too (the service keeps at most one per ten minutes of them).
    this.persistence.setVersionKeeper((file, reason) => this.keepVersion(reason, file));
  }

  private makeSnapshot(): SessionSnapshot {
    return { ...this.persistence.getSnapshot(), ...this.disk.getSnapshot(), fields: this.document.fields, revision: this.document.revision };
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): SessionSnapshot => this.snap;

  get file(): string {
    return this.persistence.file;
  }

  setField<K extends FieldKey>(key: K, value: ArticleFields[K]): void {
    this.document.setField(key, value);
  }

  currentArticle(): Article {
    return this.document.article();
  }

  /** Saves now; with a reason (an explicit save, a status change, a restore) the saved file is kept as a version. */
  save(force = false, reason: VersionReason | null = null): Promise<boolean> {
    return this.persistence.save(force, reason);
  }

  /** Keeps the article file as saved in the version history. Never fails the save: a problem is a note. */
  private async keepVersion(reason: VersionReason, file = this.file): Promise<void> {
    if (this.readOnly) return;
    const r = await this.api.call('versions.record', { file, reason }).catch((e: Error) => ({ ok: false as const, error: { message: e.message } }));
    const note = r.ok ? r.value.note : r.error.message;
    const kept = r.ok && r.value.version ? this.versions.value.kept + 1 : this.versions.value.kept;
    this.versions.set({ kept, note });
  }

  /**
   * Puts another version of the article in place of what is open (a restore, a merge): not what is
   * on disk, so it is saved like an edit, under `reason`.
   */
  replaceAndSave(article: Article, reason: VersionReason): Promise<boolean> {
    this.document.replaceAll(article);
    this.persistence.markUnsaved();
    return this.save(false, reason);
  }

  /** A three-way merge of mine and the changed file on disk: saved over that file, which it includes. */
  takeMerged(article: Article): Promise<boolean> {
    this.document.replaceAll(article);
    this.persistence.markUnsaved();
    return this.disk.keepMine('save');
  }

  flush(): Promise<boolean> {
    return this.persistence.flush();
  }

  diskChanged(hash: string | null): boolean {
    return this.disk.diskChanged(hash);
  }

  keepMine(): Promise<boolean> {
    return this.disk.keepMine();
  }

  replaceWith(opened: { file: string; article: Article; hash: string }): void {
    this.disk.replaceWith(opened);
  }

  dispose(): void {
    this.offs.forEach((off) => off());
    this.disk.dispose();
    this.persistence.dispose();
    this.listeners.clear();
  }
}
