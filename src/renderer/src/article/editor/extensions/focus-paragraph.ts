import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * Marks the text block holding the cursor (`focus-current`), one decoration whatever the article's
 * length; focus mode's stylesheet dims every other block.
 */
export const FocusParagraph = Extension.create({
  name: 'focusParagraph',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('focusParagraph'),
        props: {
          decorations(state) {
            const $head = state.selection.$head;
            if (!$head.parent.isTextblock || $head.depth === 0) return DecorationSet.empty;
            const from = $head.before();
            return DecorationSet.create(state.doc, [Decoration.node(from, from + $head.parent.nodeSize, { class: 'focus-current' })]);
          },
        },
      }),
    ];
  },
});
