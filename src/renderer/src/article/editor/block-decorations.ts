import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, StateField } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import { changedBlocks } from '../../../../shared/article/changed-blocks';

/**
 * Decorations drawn from the marks in the document (comment highlights, suggestion colours), kept
 * up to date per changed top-level block instead of by walking the whole article after every
 * keystroke: at 200,000 words a full walk cost each plugin several milliseconds per key.
 *
 * `build(doc, from, to)` returns the decorations for the nodes between `from` and `to` (always
 * whole top-level blocks). A transaction carrying `redrawMeta` (the review data changed: a thread
 * was resolved, a suggestion got its author) rebuilds everything.
 */
export type BlockDecorationBuilder = (doc: PMNode, from: number, to: number) => Decoration[];

export function blockDecorationState(build: BlockDecorationBuilder, redrawMeta: string): StateField<DecorationSet> {
  const full = (doc: PMNode) => DecorationSet.create(doc, build(doc, 0, doc.content.size));
  return {
    init: (_config, state: EditorState) => full(state.doc),
    apply(tr, set) {
      if (tr.getMeta(redrawMeta)) return full(tr.doc);
      if (!tr.docChanged) return set;
      const ranges = changedBlocks(tr);
      if (!ranges) return full(tr.doc);
      let next = set.map(tr.mapping, tr.doc);
      for (const [from, to] of ranges) {
        // Inside the blocks only: a node decoration on the block before ends exactly at `from`.
        next = next.remove(next.find(from + 1, to - 1));
        next = next.add(tr.doc, build(tr.doc, from, to));
      }
      return next;
    },
  };
}
