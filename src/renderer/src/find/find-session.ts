import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/core';
import { editsTransaction } from '../../../shared/find/edits';
import { applyToText, findInDoc, findInText, replacementEdits, type FindMatch } from '../../../shared/find/find';
import type { FindQuery } from '../../../shared/find/pattern';
import { setFindHighlights } from '../article/editor/extensions/find-highlight';
import type { ArticleDocument, DocumentOp } from '../article/store/document';
import { Observable } from '../ui/store';

/** Where a match is: one of the fields searched, or the body (sections, pull quotes, lists…). */
export type MatchPlace = 'headline' | 'dek' | 'body';
const FIELDS = ['headline', 'dek'] as const;

export interface PlacedMatch {
  place: MatchPlace;
  match: FindMatch;
}

export interface FindState {
  open: boolean;
  replacing: boolean;
  query: string;
  replacement: string;
  matchCase: boolean;
  wholeWord: boolean;
  regex: boolean;
  /** Headline matches first, then the dek's, then the body's in document order. */
  matches: PlacedMatch[];
  /** Index into `matches`, -1 when there is none. */
  current: number;
  /** A sentence when the query cannot run (an invalid regular expression). */
  error: string | null;
  /** The search stopped early: too many matches, or it took too long. */
  stopped: null | 'too-many' | 'too-slow';
  /** What the last replace did, for the bar to say. */
  replaced: number | null;
}

// A pause in typing before the article is searched again.
const REFRESH_MS = 60;

/**
 * The find bar's state for one open article: the query, every match in the headline, dek and body,
 * which one is current, and replace one / replace all. Replace all is one undo step, fields and body together.
 */
export class FindSession extends Observable<FindState> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly off: () => void;
  /**
   * In suggestion mode a replacement in the headline or dek is a proposal, as typing there is: the
   * article view sets this to record it and answer true. Body replacements become suggestions by
   * themselves (they pass through the editor's suggestion mode).
   */
  proposeField: ((key: (typeof FIELDS)[number], value: string) => boolean) | null = null;

  constructor(
    private readonly document: ArticleDocument,
    private readonly editor: Editor,
  ) {
    super({ open: false, replacing: false, query: '', replacement: '', matchCase: false, wholeWord: false, regex: false, matches: [], current: -1, error: null, stopped: null, replaced: null });
    this.off = document.subscribe(() => {
      if (this.value.open && this.value.query) this.schedule();
    });
  }

  dispose(): void {
    this.off();
    if (this.timer) clearTimeout(this.timer);
  }

  private get query(): FindQuery {
    const s = this.value;
    return { query: s.query, matchCase: s.matchCase, wholeWord: s.wholeWord, regex: s.regex };
  }

  /** Opens the bar; a short selection in the body becomes the query, as in every editor. */
  show(replacing: boolean): void {
    const { from, to, empty } = this.editor.state.selection;
    // Only the writer's own selection (the body has focus), not the match the bar selected.
    const selected = empty || !this.editor.view.hasFocus() ? '' : this.editor.state.doc.textBetween(from, to, '\n');
    const patch: Partial<FindState> = { open: true, replacing: replacing || (this.value.open && this.value.replacing) };
    if (selected && selected.length <= 200 && !selected.includes('\n')) patch.query = selected;
    this.set(patch);
    this.search(true);
  }

  hide(): void {
    if (!this.value.open) return;
    const current = this.currentMatch();
    this.set({ open: false, matches: [], current: -1, replaced: null });
    if (!this.editor.isDestroyed) setFindHighlights(this.editor.view, { ranges: [], current: -1 });
    if (current?.place === 'body') this.select(current.match, true);
    else if (!this.editor.isDestroyed) this.editor.view.focus();
  }

  /** Changes the query or its options and searches again from the cursor. */
  update(patch: Partial<Pick<FindState, 'query' | 'replacement' | 'matchCase' | 'wholeWord' | 'regex'>>): void {
    this.set({ ...patch, replaced: null });
    if ('replacement' in patch && Object.keys(patch).length === 1) return;
    this.search(true);
  }

  currentMatch(): PlacedMatch | null {
    return this.value.matches[this.value.current] ?? null;
  }

  next(): void {
    this.step(1);
  }

  previous(): void {
    this.step(-1);
  }

  private step(by: 1 | -1): void {
    if (this.timer) this.search(false);
    const n = this.value.matches.length;
    if (n === 0) return;
    const current = this.value.current < 0 ? (by === 1 ? 0 : n - 1) : (this.value.current + by + n) % n;
    this.set({ current, replaced: null });
    this.show_(current);
  }

  /** Replaces the current match, then moves to the one after it. */
  replaceOne(): void {
    if (this.timer) this.search(false);
    const placed = this.currentMatch();
    if (!placed) return;
    const edits = replacementEdits([placed.match], this.value.replacement, this.query);
    if (placed.place === 'body') {
      this.editor.view.dispatch(editsTransaction(this.editor.state, edits));
    } else {
      this.writeFields([{ key: placed.place, value: applyToText(this.document.fields[placed.place], edits) }]);
    }
    const index = this.value.current;
    this.search(false);
    // The match that followed the replaced one now has the replaced one's index.
    const n = this.value.matches.length;
    const current = n === 0 ? -1 : index % n;
    this.set({ current, replaced: 1 });
    if (current >= 0) this.show_(current);
  }

  /** Replaces every match as one undo step. Returns how many were replaced. */
  replaceAll(): number {
    this.search(false);
    const { matches, replacement } = this.value;
    if (matches.length === 0) return 0;
    const q = this.query;
    this.document.transact(() => {
      const fields: { key: (typeof FIELDS)[number]; value: string }[] = [];
      for (const field of FIELDS) {
        const mine = matches.filter((m) => m.place === field).map((m) => m.match);
        if (mine.length) fields.push({ key: field, value: applyToText(this.document.fields[field], replacementEdits(mine, replacement, q)) });
      }
      this.writeFields(fields);
      const body = matches.filter((m) => m.place === 'body').map((m) => m.match);
      if (body.length) this.editor.view.dispatch(editsTransaction(this.editor.state, replacementEdits(body, replacement, q)));
    });
    this.search(false);
    this.set({ replaced: matches.length });
    return matches.length;
  }

  private writeFields(fields: { key: (typeof FIELDS)[number]; value: string }[]): void {
    const ops: DocumentOp[] = fields.filter((f) => !this.proposeField?.(f.key, f.value)).map((f) => ({ kind: 'field', key: f.key, value: f.value }));
    if (ops.length) this.document.apply(ops);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(false), REFRESH_MS);
  }

  /** Searches the fields and the body; `fromCursor` makes the first match at or after the cursor current. */
  private search(fromCursor: boolean): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.editor.isDestroyed) return;
    const q = this.query;
    if (!this.value.open || q.query === '') {
      this.set({ matches: [], current: -1, error: null, stopped: null });
      setFindHighlights(this.editor.view, { ranges: [], current: -1 });
      return;
    }
    const matches: PlacedMatch[] = [];
    let stopped: FindState['stopped'] = null;
    for (const field of FIELDS) {
      const r = findInText(this.document.fields[field], q);
      if (!r.ok) return this.fail(r.error);
      matches.push(...r.matches.map((match) => ({ place: field, match })));
    }
    const body = findInDoc(this.editor.state.doc, q);
    if (!body.ok) return this.fail(body.error);
    stopped = body.stopped;
    matches.push(...body.matches.map((match) => ({ place: 'body' as const, match })));
    const before = this.currentMatch();
    let current: number;
    if (matches.length === 0) current = -1;
    else if (fromCursor) {
      const cursor = this.editor.state.selection.from;
      const i = matches.findIndex((m) => m.place === 'body' && m.match.from >= cursor);
      current = i >= 0 ? i : 0;
    } else {
      // Stay on the same match (or the next one) while the text changes around it.
      const i = before ? matches.findIndex((m) => m.place === before.place && m.match.from >= before.match.from) : -1;
      current = i >= 0 ? i : Math.min(Math.max(this.value.current, 0), matches.length - 1);
    }
    this.set({ matches, current, error: null, stopped });
    this.highlight();
    if (fromCursor && current >= 0) this.show_(current);
  }

  private fail(error: string): void {
    this.set({ matches: [], current: -1, error, stopped: null });
    setFindHighlights(this.editor.view, { ranges: [], current: -1 });
  }

  private highlight(): void {
    const body = this.value.matches.map((m, i) => ({ m, i })).filter((x) => x.m.place === 'body');
    setFindHighlights(this.editor.view, {
      ranges: body.map((x) => x.m.match),
      current: body.findIndex((x) => x.i === this.value.current),
    });
  }

  /** Brings a match into view without taking focus from the find bar. */
  private show_(index: number): void {
    this.highlight();
    const placed = this.value.matches[index];
    if (!placed) return;
    if (placed.place === 'body') this.select(placed.match, false);
    else globalThis.document?.querySelector(`[data-find-field="${placed.place}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  private select(match: FindMatch, focus: boolean): void {
    if (this.editor.isDestroyed) return;
    const { doc } = this.editor.state;
    const to = Math.min(match.to, doc.content.size);
    const tr = this.editor.state.tr.setSelection(TextSelection.create(doc, Math.min(match.from, to), to)).setMeta('addToHistory', false);
    this.editor.view.dispatch(tr.scrollIntoView());
    if (focus) this.editor.view.focus();
  }
}

const SESSIONS = new WeakMap<ArticleDocument, FindSession>();

/** The find bar of an open article, made on first use. */
export function findSessionFor(article: { session: { document: ArticleDocument }; editor: Editor }): FindSession {
  let s = SESSIONS.get(article.session.document);
  if (!s) {
    s = new FindSession(article.session.document, article.editor);
    SESSIONS.set(article.session.document, s);
  }
  return s;
}
