import { Extension } from '@tiptap/core';
import { isHistoryTransaction } from '@tiptap/pm/history';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { blockDecorationState } from '../block-decorations';
import { emptyReview, type Review, type Suggestion } from '../../../../../shared/article/review-model';
import { othersSuggestionTouched } from '../../../../../shared/review/ownership';
import { suggestTransaction } from '../../../../../shared/review/suggest';
import { authorColour } from '../../../review/author-colour';

/**
 * Suggestion mode in the editor. Every transaction the view dispatches passes here: while the mode
 * is on, an edit is rewritten by the shared `suggestTransaction` into a suggestion by the current
 * author (the review controller then records its metadata); in either mode an edit that would
 * change someone else's pending suggestion is refused. Review bookkeeping (a comment added, a
 * decision applied), undo and redo, and reloads pass through as they are.
 *
 * Suggested words are drawn in their author's colour: the marks carry only an id, so a decoration
 * looks the author up in the review's metadata.
 */

/** Set on transactions that apply review decisions or anchors: never themselves suggestions. */
export const REVIEW_BOOKKEEPING = 'copydeskReviewBookkeeping';
/** Set (to anything) to redraw what the review data decides: author colours, resolved comments. */
export const REVIEW_REDRAW = 'copydeskReviewRedraw';

export interface SuggestionModeStorage {
  on: boolean;
  author: string;
  review: () => Review;
  /** An edit was refused because it would change this suggestion by someone else. */
  refused: (s: Suggestion) => void;
  /** A suggested edit was applied: its new ids need metadata. */
  suggested: (tr: Transaction) => void;
}

declare module '@tiptap/core' {
  interface Storage {
    suggestionMode: SuggestionModeStorage;
  }
}

const key = new PluginKey<DecorationSet>('suggestionColours');

function colours(doc: PMNode, from: number, to: number, review: Review): Decoration[] {
  const decorations: Decoration[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    for (const m of node.marks) {
      const kind = m.type.name === 'insertion' ? 'suggested-in' : m.type.name === 'deletion' ? 'suggested-out' : null;
      if (!kind) continue;
      const attrs = { class: `${kind} ${authorColour(review.suggestions[String(m.attrs.id)]?.author)}` };
      decorations.push(node.isInline ? Decoration.inline(pos, pos + node.nodeSize, attrs) : Decoration.node(pos, pos + node.nodeSize, attrs));
    }
    return true;
  });
  return decorations;
}

/** Asks the editor to redraw what review data decides (suggestion authors, resolved threads). */
export function redrawReview(tr: Transaction): Transaction {
  return tr.setMeta(REVIEW_REDRAW, true);
}

const passesThrough = (tr: Transaction) =>
  !tr.docChanged || !!tr.getMeta(REVIEW_BOOKKEEPING) || tr.getMeta('addToHistory') === false || isHistoryTransaction(tr);

export const SuggestionMode = Extension.create<Record<string, never>, SuggestionModeStorage>({
  name: 'suggestionMode',

  addStorage() {
    return { on: false, author: '', review: emptyReview, refused: () => undefined, suggested: () => undefined };
  },

  dispatchTransaction({ transaction, next }) {
    if (passesThrough(transaction)) return next(transaction);
    const { on, author, review } = this.storage;
    const theirs = othersSuggestionTouched(transaction, review(), author);
    if (theirs) return this.storage.refused(theirs);
    if (!on) return next(transaction);
    const reviewNow = review();
    const suggested = suggestTransaction(transaction, this.editor.state, {
      name: author,
      ownerOf: (id) => reviewNow.suggestions[id]?.author,
    });
    next(suggested);
    this.storage.suggested(suggested);
  },

  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<DecorationSet>({
        key,
        state: blockDecorationState((doc, from, to) => colours(doc, from, to, storage.review()), REVIEW_REDRAW),
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
