import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** The find bar's matches in the body and which one is current (an index into `ranges`, or -1). */
export interface FindHighlights {
  ranges: readonly { from: number; to: number }[];
  current: number;
}

const findHighlightKey = new PluginKey<DecorationSet>('findHighlight');

function decorations(state: EditorState, h: FindHighlights): DecorationSet {
  const size = state.doc.content.size;
  const decos = h.ranges
    .filter((r) => r.to <= size)
    .map((r, i) => Decoration.inline(r.from, r.to, { class: i === h.current ? 'find-match current' : 'find-match' }));
  return DecorationSet.create(state.doc, decos);
}

/** Shows the find bar's matches; not an edit and not an undo step. Between searches the marks follow the edits. */
export function setFindHighlights(view: EditorView, highlights: FindHighlights): void {
  view.dispatch(view.state.tr.setMeta(findHighlightKey, highlights).setMeta('addToHistory', false));
}

/** Every match of the find bar highlighted in the body, the current one more strongly. */
export const FindHighlight = Extension.create({
  name: 'findHighlight',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: findHighlightKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set, _old, state) {
            const next = tr.getMeta(findHighlightKey) as FindHighlights | undefined;
            return next ? decorations(state, next) : set.map(tr.mapping, tr.doc);
          },
        },
        props: { decorations: (state) => findHighlightKey.getState(state) },
      }),
    ];
  },
});
