import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { InlineChange } from '../../../shared/review/version-diff';

export const diffDecorationsKey = new PluginKey('versionDiff');

/**
 * Shows a version diff on the newer version's own rendering: inserted words in an <ins>, deleted
 * words as a <del> where they stood. Decorations only, so the document shown is exactly the version.
 */
export function diffDecorations(changes: InlineChange[]): Plugin {
  return new Plugin({
    key: diffDecorationsKey,
    props: {
      decorations(state) {
        const decos: Decoration[] = [];
        for (const c of changes) {
          if (c.deletedText) {
            decos.push(
              Decoration.widget(
                c.fromB,
                () => {
                  const del = document.createElement('del');
                  del.className = 'diff-deleted';
                  del.textContent = c.deletedText;
                  return del;
                },
                { side: -1, key: `del-${c.fromA}-${c.toA}` },
              ),
            );
          }
          if (c.toB > c.fromB) decos.push(Decoration.inline(c.fromB, c.toB, { nodeName: 'ins', class: 'diff-inserted' }));
        }
        return DecorationSet.create(state.doc, decos);
      },
    },
  });
}
