import type { RecoverableBuffer } from '../../../shared/ipc/contract';
import type { CopydeskApi } from '../../../shared/ipc/client';
import { errorSentence } from '../ui/errors';
import { Observable } from '../ui/store';
import type { OpenArticle } from '../article/open-article';
import type { ImportInput } from '../import/import-input';
import type { HighlightTerm } from '../../../shared/search/query';

/** `visit` changes each time an article is opened, not when a save renames its file. */
/** `find`: the search's words, to open the article at their first match. */
export type Route = { view: 'library' } | { view: 'editor'; file: string; visit: number; recovered?: RecoverableBuffer; find?: HighlightTerm[] };

/** The dialogs the shell shows (each loaded when first opened). */
export type AppDialog = 'settings' | 'palette' | 'shortcuts' | 'about' | 'recent';

export interface AppState {
  route: Route;
  /** A sentence about something that went wrong, until dismissed. */
  notice: string | null;
  /** A short-lived answer to a command that could not run ("Nothing to undo"), read out politely. */
  hint: string | null;
  /** While the open article saves before leaving, the page is inert so nothing is typed into it. */
  leaving: boolean;
  /** Leaving was refused because the article could not be saved: the user decides. */
  leaveBlocked: { reason: string; next: Route } | null;
  dialog: AppDialog | null;
  /** Copy being imported (from the Import… command, a file input or a drop). */
  importing: ImportInput | null;
  /** The article being edited, once its editor exists: what article commands act on. */
  article: OpenArticle | null;
  /** "Search the library" was asked for: the library focuses its search box, then clears this. */
  searchRequested: boolean;
}

let visits = 0;
export const editorRoute = (file: string, recovered?: RecoverableBuffer, find?: HighlightTerm[]): Route => ({ view: 'editor', file, visit: ++visits, recovered, find });

/**
 * The app shell's state and the actions commands take on it: where we are, which dialog is open,
 * the article being edited, and the rule that leaving an article saves it first (and asks if it
 * cannot). Plain TypeScript, so commands, menus and React read the same thing.
 */
export class AppController extends Observable<AppState> {
  /** Opens the host's file chooser for an import (set by the shell, which owns the file input). */
  chooseImportFile: () => void = () => undefined;
  private hintTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly api: CopydeskApi) {
    super({ route: { view: 'library' }, notice: null, hint: null, leaving: false, leaveBlocked: null, dialog: null, importing: null, article: null, searchRequested: false });
  }

  /** Leaving an article saves it first; if that fails the user decides, nothing is dropped silently. */
  async go(next: Route): Promise<boolean> {
    const session = this.value.article?.session ?? this.openSession;
    this.set({ leaving: true });
    const flushed = !session || (await session.flush());
    this.set({ leaving: false });
    if (!flushed && session) {
      const save = session.persistence.getSnapshot().save;
      const reason = save.kind === 'failed' ? errorSentence(save.error) : 'The article could not be saved.';
      this.set({ leaveBlocked: { reason, next } });
      return false;
    }
    this.leaveNow(next);
    return true;
  }

  /** The session of the article being shown, even before its editor exists (set by the article view). */
  openSession: OpenArticle['session'] | null = null;

  /** Leaves without saving (the user chose to, or there is nothing to save). */
  leaveNow(next: Route): void {
    (this.value.article?.session ?? this.openSession)?.dispose();
    this.openSession = null;
    this.set({ route: next, article: null, leaveBlocked: null });
  }

  goLibrary(): Promise<boolean> {
    return this.go({ view: 'library' });
  }

  openArticle(file: string, recovered?: RecoverableBuffer): Promise<boolean> {
    return this.go(editorRoute(file, recovered));
  }

  /** Opens an article found by a search, at the first match of its words. */
  openFound(file: string, find: HighlightTerm[]): Promise<boolean> {
    return this.go(editorRoute(file, undefined, find));
  }

  /** Goes to the library (saving the open article first) and puts the cursor in its search box. */
  async searchLibrary(): Promise<void> {
    if (this.value.route.view !== 'library' && !(await this.goLibrary())) return;
    this.set({ searchRequested: true });
  }

  searchFocused(): void {
    if (this.value.searchRequested) this.set({ searchRequested: false });
  }

  async createArticle(): Promise<void> {
    // The open article stays inert from the request on, so nothing typed meanwhile lands in it.
    this.set({ leaving: true });
    const r = await this.api.call('library.create', {});
    if (!r.ok) {
      this.set({ leaving: false, notice: errorSentence(r.error) });
      return;
    }
    await this.go(editorRoute(r.value.file));
  }

  /** A save renamed the open article's file: the route follows without reopening it. */
  renamed(file: string): void {
    const r = this.value.route;
    if (r.view === 'editor') this.set({ route: { ...r, file } });
  }

  setArticle(article: OpenArticle | null): void {
    this.set({ article });
  }

  openDialog(dialog: AppDialog): void {
    this.set({ dialog });
  }

  closeDialog(): void {
    this.set({ dialog: null });
  }

  notify(notice: string | null): void {
    this.set({ notice });
  }

  /** A brief answer that needs no dismissing. */
  hint(text: string): void {
    if (this.hintTimer) clearTimeout(this.hintTimer);
    this.set({ hint: text });
    this.hintTimer = setTimeout(() => this.set({ hint: null }), 4000);
  }

  startImport(input: ImportInput | null): void {
    this.set({ importing: input });
  }

  /** The window is closing: save the open article, then let it close (or ask). */
  async closeRequested(): Promise<void> {
    const session = this.value.article?.session ?? this.openSession;
    if (!session || (await session.flush())) await this.api.call('app.closeReady', {});
    else this.set({ leaveBlocked: { reason: 'The article could not be saved before closing.', next: { view: 'library' } } });
  }
}
