import type { Editor } from '@tiptap/core';
import type { CopydeskApi } from '../../../shared/ipc/client';
import { DEFAULT_SPELLING_LANGUAGE, isSpellingLanguage, type SpellingLanguage } from '../../../shared/spelling/languages';
import { editsTransaction } from '../../../shared/find/edits';
import { blocksBetween, misspellingAt, setSpelling, type BlockMisspelling, type VisibleBlock } from '../article/editor/extensions/spelling';
import type { ArticleDocument } from '../article/store/document';
import { Observable } from '../ui/store';
import { SpellClient } from './spell-client';

/** A pause in typing before the paragraphs in view are checked again. */
const TYPING_PAUSE_MS = 300;
const SCROLL_PAUSE_MS = 120;
/** Text above and below the window is checked too, so scrolling a little shows underlines at once. */
const MARGIN_PX = 600;

export interface SpellingState {
  language: SpellingLanguage;
  /** A sentence when the spellchecker could not start. */
  problem: string | null;
  /** Bumped whenever the underlines in view were renewed (tests and the status bar wait on it). */
  checks: number;
}

/** The language an article is checked in: its own, when Copydesk has a dictionary for it. */
export function articleLanguage(language: string): SpellingLanguage {
  return isSpellingLanguage(language) ? language : DEFAULT_SPELLING_LANGUAGE;
}

/**
 * Spelling for one open article: the worker checks only the paragraphs in view (and a screen around
 * them), each paragraph's answer kept by its text so an unchanged one is never sent again. Words the
 * writer added (settings), ignored (this session) and the names of sources are never underlined.
 */
export class SpellingSession extends Observable<SpellingState> {
  private readonly worker: Worker;
  private readonly client: SpellClient;
  private readonly found = new Map<string, BlockMisspelling[]>();
  private readonly ignored = new Set<string>();
  private personal: string[] = [];
  private bookNames: string[] = [];
  private namesKey = '';
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private again = false;
  private ready = false;
  private reset = false;
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly editor: Editor,
    private readonly document: ArticleDocument,
    private readonly api: CopydeskApi,
  ) {
    super({ language: articleLanguage(document.fields.language), problem: null, checks: 0 });
    this.worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' });
    this.client = new SpellClient(this.worker);
    const onUpdate = () => this.schedule(TYPING_PAUSE_MS);
    editor.on('update', onUpdate);
    this.offs.push(() => editor.off('update', onUpdate));
    const scroller = editor.view.dom.closest('.editor-column');
    const onScroll = () => this.schedule(SCROLL_PAUSE_MS);
    scroller?.addEventListener('scroll', onScroll, { passive: true });
    this.offs.push(() => scroller?.removeEventListener('scroll', onScroll));
    this.offs.push(document.subscribe(() => void this.fieldsChanged()));
  }

  async start(): Promise<void> {
    const [settings, book] = await Promise.all([this.api.call('settings.get', {}), this.api.call('sources.list', {})]);
    this.personal = settings.ok ? settings.value.personalDictionary : [];
    this.bookNames = book.ok ? book.value.map((s) => s.name) : [];
    this.namesKey = this.articleNames().join('\n');
    try {
      await this.client.configure(this.value.language, this.personal, [...this.bookNames, ...this.articleNames()]);
      this.ready = true;
      this.schedule(0);
    } catch (e) {
      this.set({ problem: `Spelling is off: ${(e as Error).message}` });
    }
  }

  dispose(): void {
    this.offs.forEach((off) => off());
    if (this.timer) clearTimeout(this.timer);
    this.client.dispose();
    this.worker.terminate();
  }

  private articleNames(): string[] {
    return this.document.fields.sources.flatMap((s) => [s.name, s.affiliation]).filter(Boolean);
  }

  /** The article's language or its sources changed: the checker follows, and the paragraphs are checked again. */
  private async fieldsChanged(): Promise<void> {
    if (!this.ready) return;
    const language = articleLanguage(this.document.fields.language);
    const namesKey = this.articleNames().join('\n');
    if (language === this.value.language && namesKey === this.namesKey) return;
    this.namesKey = namesKey;
    if (language !== this.value.language) {
      this.set({ language });
      await this.client.setLanguage(language);
    }
    await this.client.setNames([...this.bookNames, ...this.articleNames()]);
    this.startOver();
  }

  private startOver(): void {
    this.found.clear();
    this.reset = true;
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (!this.ready) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.check();
    }, ms);
  }

  /** The text blocks on screen, with a margin. */
  private visibleBlocks(): VisibleBlock[] {
    const view = this.editor.view;
    const doc = view.state.doc;
    const box = view.dom.getBoundingClientRect();
    const top = Math.max(box.top, -MARGIN_PX);
    const bottom = Math.min(box.bottom, window.innerHeight + MARGIN_PX);
    if (bottom <= top) return [];
    const x = box.left + Math.min(40, box.width / 2);
    const from = view.posAtCoords({ left: x, top: top + 1 })?.pos ?? 0;
    const to = view.posAtCoords({ left: x, top: bottom - 1 })?.pos ?? doc.content.size;
    return blocksBetween(doc, Math.max(0, from - 1), Math.min(doc.content.size, to + 1));
  }

  private async check(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.editor.isDestroyed) return;
    this.running = true;
    try {
      const doc = this.editor.state.doc;
      const blocks = this.visibleBlocks();
      const unknown = [...new Set(blocks.map((b) => b.text).filter((t) => t.trim() && !this.found.has(t)))];
      if (unknown.length) {
        const { results } = await this.client.check(unknown.map((text) => ({ key: text, text, from: 0 })));
        for (const r of results) this.found.set(r.key, r.misspellings);
      }
      if (this.editor.isDestroyed) return;
      // Typing since the check was sent: the positions are stale, so check again after the pause.
      if (this.editor.state.doc !== doc) return this.schedule(TYPING_PAUSE_MS);
      this.render(blocks);
    } catch (e) {
      this.set({ problem: `Spelling is off: ${(e as Error).message}` });
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    }
  }

  private render(blocks: VisibleBlock[]): void {
    const reset = this.reset;
    this.reset = false;
    setSpelling(this.editor.view, {
      reset,
      blocks: blocks.map((b) => ({ from: b.from, length: b.text.length, misspellings: (this.found.get(b.text) ?? []).filter((m) => !this.ignored.has(m.word)) })),
    });
    this.set({ checks: this.value.checks + 1 });
  }

  /** The misspelt word under the cursor (the context menu moves the cursor to the click). */
  wordAtCursor(): { word: string; from: number; to: number } | null {
    const { from, to } = this.editor.state.selection;
    const hit = misspellingAt(this.editor.state, from);
    return hit && to <= hit.to ? hit : null;
  }

  suggest(word: string): Promise<string[]> {
    return this.client.suggest(word, 6);
  }

  /** Replaces the misspelt word under the cursor, keeping its marks (a quotation stays attributed). */
  correct(replacement: string): boolean {
    const hit = this.wordAtCursor();
    if (!hit) return false;
    this.editor.view.dispatch(editsTransaction(this.editor.state, [{ from: hit.from, to: hit.to, text: replacement }]));
    this.editor.view.focus();
    return true;
  }

  /** "Add to dictionary": known from now on, in every article, kept in settings. */
  async addWord(word: string): Promise<void> {
    this.personal = [...new Set([...this.personal, word])];
    await this.client.addWord(word);
    this.startOver();
    const r = await this.api.call('settings.update', { personalDictionary: this.personal });
    if (!r.ok) throw new Error(r.error.message);
  }

  /** "Ignore": not underlined again while this article is open. */
  ignore(word: string): void {
    this.ignored.add(word);
    this.reset = true;
    this.schedule(0);
  }
}

const SESSIONS = new WeakMap<Editor, SpellingSession>();

/** Starts spelling for an editor; the returned function stops it. */
export function startSpelling(editor: Editor, document: ArticleDocument, api: CopydeskApi): () => void {
  const s = new SpellingSession(editor, document, api);
  SESSIONS.set(editor, s);
  void s.start();
  return () => {
    SESSIONS.delete(editor);
    s.dispose();
  };
}

export function spellingFor(editor: Editor): SpellingSession | null {
  return SESSIONS.get(editor) ?? null;
}
