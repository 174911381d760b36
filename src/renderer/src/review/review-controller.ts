import type { Editor } from '@tiptap/core';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import type { DocNode } from '../../../shared/article/model';
import type { Review, SuggestableField } from '../../../shared/article/review-model';
import { newId, newSuggestionId } from '../../../shared/ids';
import { markId, reviewAnchors, type ReviewAnchors } from '../../../shared/review/anchors';
import * as comments from '../../../shared/review/comments';
import { decideInDocument, pickSuggestions, recordDecision, type Decision, type SuggestionFilter } from '../../../shared/review/decide';
import { decideFields, recordSuggestions, suggestField, suggestionsSettledAfter } from '../../../shared/review/record';
import { SUGGESTION_MARK_NAMES } from '../../../shared/schema/review-marks';
import type { CopydeskApi } from '../../../shared/ipc/client';
import { Observable } from '../ui/store';
import type { ArticleSession } from '../article/store/session';
import type { ArticleUi } from '../article/article-ui';
import type { DocumentOp } from '../article/store/document';
import { jumpTo } from '../article/editor/jump';
import { REVIEW_BOOKKEEPING, redrawReview } from '../article/editor/extensions/suggestion-mode';
import { reviewItems, type ReviewFilterKind, type ReviewItem } from './review-items';
import { reviewOps } from './review-ops';

/** What to write in a new comment: the words it will be pinned to. */
export interface CommentDraft {
  from: number;
  to: number;
  quote: string;
}

export interface ReviewState {
  /** The display name from settings: who comments, suggests and decides. */
  author: string;
  suggesting: boolean;
  draft: CommentDraft | null;
  /** The comment or suggestion last jumped to or clicked. */
  active: string | null;
  filterAuthor: string | null;
  filterKind: ReviewFilterKind;
  /** The body's review anchors, a moment after each change. */
  anchors: ReviewAnchors;
}

/** Whose name review entries get when settings have none. */
export const UNNAMED = 'Unnamed reviewer';
const ANCHORS_DELAY_MS = 150;
const isSuggestionMark = (name: string) => (SUGGESTION_MARK_NAMES as readonly string[]).includes(name);

/**
 * Comments and suggestions of the open article, as the panel and the review commands act on them.
 * Every change goes through the article's document (so undo and saving work): the rules are the
 * shared ones (`shared/review`), the anchors are marks the editor holds.
 */
export class ReviewController extends Observable<ReviewState> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly session: ArticleSession,
    private readonly editor: Editor,
    private readonly ui: ArticleUi,
    private readonly notify: (sentence: string) => void,
  ) {
    super({ author: UNNAMED, suggesting: false, draft: null, active: null, filterAuthor: null, filterKind: 'all', anchors: reviewAnchors(session.document.body()) });
    const storage = editor.storage.suggestionMode;
    storage.review = () => this.review;
    storage.author = UNNAMED;
    storage.refused = (s) => this.notify(`That is ${s.author || 'someone else'}’s suggestion: accept it, reject it or comment on it.`);
    storage.suggested = (tr) => this.recordSuggested(tr);
    editor.storage.comment.resolved = (id) => !!this.review.threads[id]?.resolvedAt;
    // The cursor in a comment's or a suggestion's words marks it in the panel.
    const onSelection = () => {
      const id = this.idAtCursor();
      this.set({ active: id });
    };
    editor.on('selectionUpdate', onSelection);
    this.offs.push(() => editor.off('selectionUpdate', onSelection));
    this.offs.push(
      session.document.subscribe((c) => {
        if (c.ops.some((o) => o.kind === 'review.suggestion' || o.kind === 'review.thread') || c.origin === 'load') editor.view.dispatch(redrawReview(editor.state.tr));
        this.scheduleAnchors();
      }),
    );
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const off of this.offs) off();
  }

  private get review(): Review {
    return this.session.document.fields.review;
  }

  get author(): string {
    return this.value.author;
  }

  /** Reads the display name from settings (at open, and again after the settings dialog closes). */
  async loadAuthor(api: CopydeskApi): Promise<void> {
    const r = await api.call('settings.get', {});
    if (!r.ok) return;
    const author = r.value.displayName.trim() || UNNAMED;
    this.editor.storage.suggestionMode.author = author;
    this.set({ author });
  }

  setSuggesting(on: boolean): void {
    this.editor.storage.suggestionMode.on = on;
    this.set({ suggesting: on });
  }

  private scheduleAnchors(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.refreshAnchors();
    }, ANCHORS_DELAY_MS);
  }

  private refreshAnchors(): ReviewAnchors {
    const anchors = reviewAnchors(this.editor.getJSON() as DocNode);
    this.set({ anchors });
    this.keepQuotes(anchors);
    return anchors;
  }

  /** Keeps each thread's words current while they are in the text, so deleting them later still shows what it was about. */
  private keepQuotes(anchors: ReviewAnchors): void {
    const ops: DocumentOp[] = [];
    for (const t of Object.values(this.review.threads)) {
      const text = anchors.comments.get(t.id)?.text;
      if (text && text !== t.quote) ops.push({ kind: 'review.thread', id: t.id, value: { ...t, quote: text } });
    }
    if (ops.length) this.session.document.apply(ops, { undoable: false });
  }

  /** New suggestion ids in the body get their author, time and kind (bookkeeping, not an undo step of its own). */
  private recordSuggested(tr: Transaction): void {
    const review = this.review;
    // Typing on inside one's own suggestion changes no metadata: the whole body is not read again.
    if (suggestionsSettledAfter(tr, review)) return;
    const next = recordSuggestions(review, reviewAnchors(this.editor.getJSON() as DocNode), this.author, new Date().toISOString());
    if (next !== review) this.session.document.apply(reviewOps(review, next), { undoable: false });
  }

  /** Applies a shared rule's answer: its review through the document, or its reason as a notice. */
  private commit(result: comments.CommentResult): boolean {
    if (!result.ok) {
      this.notify(result.reason);
      return false;
    }
    this.session.document.apply(reviewOps(this.review, result.review));
    return true;
  }

  items(): ReviewItem[] {
    return reviewItems(this.review, this.value.anchors);
  }

  // Comments

  /** Opens the comment box for the selected words. */
  startComment(): boolean {
    const { from, to, empty } = this.editor.state.selection;
    if (empty) return false;
    this.set({ draft: { from, to, quote: this.editor.state.doc.textBetween(from, to, '\n') } });
    this.ui.set({ tab: 'review' });
    return true;
  }

  cancelComment(): void {
    this.set({ draft: null });
    this.editor.commands.focus();
  }

  /** The thread and its anchor are one step: undo takes back both. */
  addComment(body: string): boolean {
    const draft = this.value.draft;
    if (!draft) return false;
    const { doc } = this.editor.state;
    if (draft.to > doc.content.size || doc.textBetween(draft.from, draft.to, '\n') !== draft.quote) {
      this.notify('The selected words changed while you wrote. Select them again and comment.');
      this.set({ draft: null });
      return false;
    }
    const id = newId('cm');
    const result = comments.addThread(this.review, { id, author: this.author, at: new Date().toISOString(), body, quote: draft.quote });
    if (!result.ok) return this.commit(result);
    this.session.document.transact(() => {
      this.editor
        .chain()
        .command(({ tr, state }) => {
          tr.addMark(draft.from, draft.to, state.schema.marks.comment.create({ id })).setMeta(REVIEW_BOOKKEEPING, true);
          return true;
        })
        .run();
      this.commit(result);
    });
    this.set({ draft: null, active: id });
    this.refreshAnchors();
    return true;
  }

  reply(threadId: string, body: string): boolean {
    return this.commit(comments.reply(this.review, threadId, { id: newId('re'), author: this.author, at: new Date().toISOString(), body }));
  }

  edit(threadId: string, body: string, replyId?: string): boolean {
    return this.commit(comments.editComment(this.review, threadId, this.author, body, new Date().toISOString(), replyId));
  }

  resolve(threadId: string): boolean {
    return this.commit(comments.resolve(this.review, threadId, this.author, new Date().toISOString()));
  }

  reopen(threadId: string): boolean {
    return this.commit(comments.reopen(this.review, threadId));
  }

  /** A whole thread goes with its anchor, in one step; a reply goes alone. */
  delete(threadId: string, replyId?: string): boolean {
    const result = comments.deleteComment(this.review, threadId, this.author, replyId);
    if (!result.ok || replyId !== undefined) return this.commit(result);
    this.session.document.transact(() => {
      this.editor
        .chain()
        .command(({ tr, state }) => {
          const type = state.schema.marks.comment;
          state.doc.descendants((node, pos) => {
            const m = node.marks.find((x) => x.type === type && markId(x.attrs) === threadId);
            if (m && node.isInline) tr.removeMark(pos, pos + node.nodeSize, m);
          });
          tr.setMeta(REVIEW_BOOKKEEPING, true);
          return true;
        })
        .run();
      this.commit(result);
    });
    this.refreshAnchors();
    return true;
  }

  // Suggestions

  /** Ids of the suggestions under the cursor (or overlapping the selection). */
  idsAt(state: EditorState = this.editor.state): Set<string> {
    const { from, to, empty, $from } = state.selection;
    if (!empty) return pickSuggestions(state.doc, this.review, { range: { from, to } });
    const ids = new Set<string>();
    for (const node of [$from.nodeAfter, $from.nodeBefore]) {
      for (const m of node?.marks ?? []) if (isSuggestionMark(m.type.name)) ids.add(String(m.attrs.id));
      if (ids.size) break;
    }
    // Only pending ones: a decided suggestion's marks are gone, but a file from another tool may keep them.
    return pickSuggestions(state.doc, this.review, { ids });
  }

  /** The comment or suggestion whose words hold the cursor (the innermost comment first). */
  private idAtCursor(): string | null {
    const { $from } = this.editor.state.selection;
    const node = $from.nodeAfter ?? $from.nodeBefore;
    if (!node) return null;
    const marks = [...node.marks].reverse();
    const comment = marks.find((m) => m.type.name === 'comment');
    const suggestion = marks.find((m) => isSuggestionMark(m.type.name));
    return markId((comment ?? suggestion)?.attrs);
  }

  /** The author of the suggestion at the cursor, or the one the panel is filtered to. */
  authorHere(): string | null {
    for (const id of this.idsAt()) {
      const a = this.review.suggestions[id]?.author;
      if (a) return a;
    }
    return this.value.filterAuthor;
  }

  pending(filter: SuggestionFilter = {}): Set<string> {
    return pickSuggestions(this.editor.state.doc, this.review, filter);
  }

  /**
   * Accepts or rejects the chosen suggestions: the body, the fields and the metadata in one undo
   * step, recording who decided and when. Returns how many were decided.
   */
  decide(ids: Set<string>, decision: Decision): number {
    if (!ids.size) return 0;
    const document = this.session.document;
    document.transact(() => {
      this.editor
        .chain()
        .command(({ tr }) => {
          decideInDocument(tr, decision, (id) => ids.has(id));
          tr.setMeta(REVIEW_BOOKKEEPING, true);
          return true;
        })
        .run();
      const before = document.fields;
      const fields = decideFields({ ...before, body: document.body() }, ids, decision);
      const ops: DocumentOp[] = [];
      for (const s of Object.values(before.review.suggestions)) {
        if (ids.has(s.id) && s.field && fields[s.field.name] !== before[s.field.name]) ops.push({ kind: 'field', key: s.field.name, value: fields[s.field.name] });
      }
      ops.push(...reviewOps(before.review, recordDecision(before.review, ids, decision, this.author, new Date().toISOString())));
      document.apply(ops);
    });
    this.refreshAnchors();
    // Each batch of decisions is a version, so the history shows the text before and after it.
    void this.session.save(false, 'decision');
    return ids.size;
  }

  /** What this author proposes for a field in suggestion mode (their pending suggestion), or undefined. */
  proposedValue(name: SuggestableField): string | undefined {
    return Object.values(this.review.suggestions).find((s) => s.status === 'pending' && s.kind === 'field' && s.author === this.author && s.field?.name === name)?.field?.to;
  }

  /** A field edit in suggestion mode: the article keeps its value, the review records the proposal. */
  suggestField(name: SuggestableField, value: string): void {
    const review = this.review;
    const next = suggestField(this.session.document.article(), name, value, this.author, new Date().toISOString(), newSuggestionId(this.author));
    this.session.document.apply(reviewOps(review, next));
  }

  // Going through the items

  /** Selects an item's words in the body and marks it in the panel. */
  jump(item: ReviewItem): void {
    this.set({ active: item.id });
    if (item.range) jumpTo(this.editor, item.range);
  }

  /** The next (or previous) item after the cursor that is in the body, wrapping round. */
  step(direction: 1 | -1): ReviewItem | null {
    this.refreshAnchors();
    const placed = this.items().filter((i) => i.range);
    if (!placed.length) return null;
    const at = this.editor.state.selection.from;
    const item =
      direction === 1
        ? (placed.find((i) => i.range!.from > at) ?? placed[0])
        : ([...placed].reverse().find((i) => i.range!.from < at) ?? placed[placed.length - 1]);
    this.ui.set({ tab: 'review' });
    this.jump(item);
    return item;
  }
}
