import type { CommandId } from '../../../shared/commands/catalog';
import { chordsFor, eventChordId, parseChord, chordId, type Platform } from '../../../shared/commands/keys';
import type { CopydeskApi } from '../../../shared/ipc/client';
import type { AppController } from '../app/app-controller';
import type { OpenArticle } from '../article/open-article';
import { Observable } from '../ui/store';
import { COMMANDS } from './all';
import type { Availability, Command, CommandContext } from './define';

const BY_ID = new Map<CommandId, Command>(COMMANDS.map((c) => [c.id, c]));

export function getCommand(id: CommandId): Command {
  const c = BY_ID.get(id);
  if (!c) throw new Error(`No command "${id}" is registered.`);
  return c;
}

export function detectPlatform(): Platform {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 'mac' : 'other';
}

const MAX_RECENT = 20;
/** A pause in typing this long re-decides what applies… */
const TYPING_PAUSE_MS = 120;
/** …and never later than this after the first key. */
const TYPING_MAX_WAIT_MS = 500;

/**
 * Where commands meet the app: it builds the context a command sees, decides availability, runs
 * commands (from keys, menus, the palette, buttons or the native menu) and tells the UI when what
 * applies may have changed. One key handler for the whole page lives here: nothing else binds a key.
 */
export class CommandHost {
  /** Bumped (at most once a frame) whenever something a `when` reads may have changed. */
  readonly changes = new Observable<{ n: number }>({ n: 0 });
  readonly recent = new Observable<{ ids: CommandId[] }>({ ids: [] });
  private pending = false;
  private articleOffs: (() => void)[] = [];
  private watched: OpenArticle | null = null;
  private keymap = new Map<string, Binding[]>();

  constructor(
    readonly app: AppController,
    private readonly api: CopydeskApi,
    readonly platform: Platform,
    readonly host: 'electron' | 'browser',
  ) {
    for (const c of COMMANDS) {
      if (c.electronOnly && host !== 'electron') continue;
      const bind = (chord: string, findBar: boolean) => {
        const parsed = parseChord(chord, platform);
        const id = chordId(parsed);
        this.keymap.set(id, [...(this.keymap.get(id) ?? []), { command: c, findBar: findBar ? (parsed.key === 'Enter' ? 'text' : 'any') : null }]);
      };
      for (const chord of chordsFor(c.keys, platform)) bind(chord, false);
      for (const chord of c.findBarKeys ?? []) bind(chord, true);
    }
    app.subscribe(() => {
      if (app.value.article !== this.watched) this.watchArticle(app.value.article);
      this.bump();
    });
  }

  /** The commands this host offers (Electron-only ones left out of browser mode). */
  commands(): Command[] {
    return COMMANDS.filter((c) => !c.electronOnly || this.host === 'electron');
  }

  context(): CommandContext {
    return { platform: this.platform, host: this.host, app: this.app, api: this.api, article: this.app.value.article };
  }

  availability(id: CommandId, ctx = this.context(), arg?: unknown): Availability {
    const c = getCommand(id);
    try {
      return c.when ? c.when(ctx, arg) : true;
    } catch (e) {
      return `Copydesk could not tell whether this applies: ${(e as Error).message}`;
    }
  }

  checked(id: CommandId, ctx = this.context()): boolean {
    const c = getCommand(id);
    try {
      return !!c.checked?.(ctx);
    } catch {
      return false;
    }
  }

  /** Runs a command if it applies; otherwise says why, briefly. Returns whether it ran. */
  run(id: CommandId, arg?: unknown): boolean {
    const ctx = this.context();
    const c = getCommand(id);
    const ok = this.availability(id, ctx, arg);
    if (ok !== true) {
      this.app.hint(`${c.title.replace(/…$/, '')}: ${ok}`);
      return false;
    }
    try {
      const result = c.run(ctx, arg);
      if (result instanceof Promise) result.catch((e: Error) => this.app.notify(`${c.title.replace(/…$/, '')} failed: ${e.message}`));
    } catch (e) {
      this.app.notify(`${c.title.replace(/…$/, '')} failed: ${(e as Error).message}`);
    }
    this.bump();
    return true;
  }

  /** Loads the recently used commands (for the palette) from settings. */
  async loadRecent(): Promise<void> {
    const r = await this.api.call('settings.get', {});
    if (r.ok) this.recent.set({ ids: r.value.recentCommands.filter((id): id is CommandId => BY_ID.has(id as CommandId)) });
  }

  /** The palette ran this command: it comes first next time. */
  remember(id: CommandId): void {
    if (id === 'view.commandPalette') return;
    const ids = [id, ...this.recent.value.ids.filter((x) => x !== id)].slice(0, MAX_RECENT);
    this.recent.set({ ids });
    void this.api.call('settings.update', { recentCommands: ids });
  }

  /** Something a `when` reads changed: tell the UI, once per frame however many changes came. */
  bump = (): void => {
    if (this.pending) return;
    this.pending = true;
    const flush = () => {
      this.pending = false;
      this.changes.set({ n: this.changes.value.n + 1 });
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(flush);
    else setTimeout(flush, 16);
  };

  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private typingSince: number | null = null;

  /**
   * The editor changed. While someone types, what applies rarely changes, and asking every
   * command after each key would cost the keystroke: wait for a short pause (at most half a second).
   */
  private editorChanged = (): void => {
    const now = Date.now();
    this.typingSince ??= now;
    if (this.typingTimer) clearTimeout(this.typingTimer);
    const wait = Math.max(0, Math.min(TYPING_PAUSE_MS, this.typingSince + TYPING_MAX_WAIT_MS - now));
    this.typingTimer = setTimeout(() => {
      this.typingTimer = null;
      this.typingSince = null;
      this.bump();
    }, wait);
  };

  private watchArticle(article: OpenArticle | null): void {
    this.articleOffs.forEach((off) => off());
    this.articleOffs = [];
    this.watched = article;
    if (!article) return;
    const { editor, ui, session } = article;
    editor.on('transaction', this.editorChanged);
    this.articleOffs.push(
      () => editor.off('transaction', this.editorChanged),
      ui.subscribe(this.bump),
      session.persistence.subscribe(this.bump),
      session.document.subscribe(this.editorChanged),
    );
  }

  /** The page's one keyboard handler: registered chords run their command; every other key is left alone. */
  onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.isComposing || e.repeat && !isRepeatable(e)) return;
    const candidates = this.keymap.get(eventChordId(e));
    if (!candidates) return;
    const target = e.target instanceof Element ? e.target : null;
    // A dialog owns its keys (Esc, Enter, typing in its fields).
    if (target?.closest('[aria-modal="true"]')) return;
    const inScope = candidates.filter((b) => (b.findBar ? inFindBar(target, b.findBar) : scopeAllows(b.command, target, this.app.value.article, e))).map((b) => b.command);
    if (inScope.length === 0) return;
    e.preventDefault();
    e.stopPropagation();
    this.run(inScope.find((c) => this.availability(c.id) === true)?.id ?? inScope[0].id);
  };

  /** Tells the native menu (Electron) which items apply, when that changes. */
  syncNativeMenu(): () => void {
    let last = '';
    return this.changes.subscribe(() => {
      const enabled = Object.fromEntries(this.commands().filter((c) => c.menu && !c.role).map((c) => [c.id, this.availability(c.id) === true]));
      const key = JSON.stringify(enabled);
      if (key === last) return;
      last = key;
      void this.api.call('app.commandStates', { enabled });
    });
  }
}

/** Holding a key down repeats only what makes sense to repeat (undo, moving a section). */
function isRepeatable(e: KeyboardEvent): boolean {
  return e.key === 'z' || e.key === 'Z' || e.key === 'y' || e.key.startsWith('Arrow');
}

const TEXT_INPUT = 'input, textarea, select, [contenteditable="true"]';

/** A key bound to a command; `findBar` keys work only in the find bar (Enter only in its text boxes: its buttons keep Enter). */
interface Binding {
  command: Command;
  findBar: null | 'text' | 'any';
}

function inFindBar(target: Element | null, where: 'text' | 'any'): boolean {
  return !!target?.closest('[data-find-bar]') && (where === 'any' || target.matches('input'));
}

function scopeAllows(c: Command, target: Element | null, article: OpenArticle | null, e: KeyboardEvent): boolean {
  const scope = c.keyScope ?? 'anywhere';
  if (scope === 'anywhere') return true;
  // A picture's fields sit in the body but are text boxes of their own: formatting keys do not reach the body from there.
  const inBody = !!(target && article && article.editor.view.dom.contains(target) && !target.closest('input, textarea, select'));
  if (scope === 'body') return inBody;
  // Undo works anywhere but in a text box of its own (a link address, a search box), which keeps the browser's.
  if (scope === 'article') return inBody || !!target?.closest('[data-article-field]') || !target?.closest(TEXT_INPUT);
  // Only the plain key ("/") would type into the field; its Ctrl/Cmd/Alt chord cannot.
  return e.ctrlKey || e.metaKey || e.altKey || !target?.closest(TEXT_INPUT);
}
