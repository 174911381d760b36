import type { VersionReason } from '../../../../shared/ipc/channels/versions';
import type { Article } from '../../../../shared/article/model';
import type { CopydeskApi } from '../../../../shared/ipc/client';
import { errorSentence } from '../../ui/errors';
import type { ArticleDocument } from './document';
import type { ArticlePersistence } from './persistence';

export interface DiskSnapshot {
  /** Another program changed (hash) or removed (null) the file while there were local edits: the user chooses. */
  disk: { hash: string | null } | null;
  /** A sentence when reloading the file failed. */
  problem: string | null;
}

/**
 * Other programs' changes to the open article. With no local edits the article simply reloads;
 * with them (or when a save found the file changed) the user chooses: keep mine, take theirs or
 * compare. Nothing is overwritten without that choice.
 */
export class DiskWatch {
  private snap: DiskSnapshot = { disk: null, problem: null };
  private listeners = new Set<() => void>();
  private off: (() => void) | null = null;

  constructor(
    private readonly api: CopydeskApi,
    private readonly document: ArticleDocument,
    private readonly persistence: ArticlePersistence,
  ) {}

  /** Starts listening to the library watcher's reports. */
  start(): void {
    this.off ??= this.api.on('article.changedOnDisk', ({ file, hash }) => {
      if (file !== this.persistence.file) return;
      if (this.diskChanged(hash)) void this.takeTheirs();
    });
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  getSnapshot = (): DiskSnapshot => this.snap;

  private set(next: Partial<DiskSnapshot>): void {
    this.snap = { ...this.snap, ...next };
    for (const l of this.listeners) l();
  }

  /** The file on disk now has `hash` (null: removed). Returns true when the caller should reload it. */
  diskChanged(hash: string | null): boolean {
    if (hash === this.persistence.baseHash || this.persistence.readOnly) return false;
    if (this.persistence.isQuiet() && hash !== null) return true;
    this.set({ disk: { hash } });
    return false;
  }

  /** Replaces everything with the file as it is on disk (no local edits, or the user chose "take theirs"). */
  replaceWith(opened: { file: string; article: Article; hash: string }): void {
    this.document.replaceAll(opened.article);
    this.persistence.adopt(opened);
    this.set({ disk: null, problem: null });
  }

  /** Loads the file as it is on disk; false (with a sentence in the snapshot) when that failed. */
  async takeTheirs(): Promise<boolean> {
    const r = await this.api.call('library.open', { file: this.persistence.file });
    if (!r.ok) {
      this.set({ problem: errorSentence(r.error) });
      return false;
    }
    this.replaceWith(r.value);
    return true;
  }

  /** The user chose "keep mine": save over the other version. */
  keepMine(reason: VersionReason | null = null): Promise<boolean> {
    this.set({ disk: null });
    return this.persistence.save(true, reason);
  }

  /** The version on disk, for "compare". */
  async theirs(): Promise<Article | null> {
    const r = await this.api.call('library.open', { file: this.persistence.file });
    if (r.ok) return r.value.article;
    this.set({ problem: errorSentence(r.error) });
    return null;
  }

  dispose(): void {
    this.off?.();
    this.off = null;
    this.listeners.clear();
  }
}
