import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { appearance } from '../../../appearance/appearance';

/** Where the line being written is held, as a share of the visible height from the top. */
const HOLD_AT = 0.45;

/** The nearest ancestor that scrolls (the editor column), or null. */
function scroller(view: EditorView): HTMLElement | null {
  for (let el = view.dom.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el;
  }
  return null;
}

/**
 * Typewriter scrolling (View → Typewriter scrolling): after each edit or caret move in the body, the
 * page scrolls so the caret's line stays a little above the middle of the window, as in iA Writer.
 * Off, the editor scrolls only as far as needed to keep the caret in sight. Nothing is measured
 * while it is off.
 */
export const TypewriterScrolling = Extension.create({
  name: 'typewriterScrolling',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('typewriterScrolling'),
        view: () => ({
          update(view, prev) {
            if (!appearance.value.typewriter || !view.hasFocus()) return;
            if (view.state.doc === prev.doc && view.state.selection.eq(prev.selection)) return;
            const box = scroller(view);
            if (!box) return;
            const caret = view.coordsAtPos(view.state.selection.head);
            const frame = box.getBoundingClientRect();
            const offset = caret.top - (frame.top + frame.height * HOLD_AT);
            if (Math.abs(offset) > 2) box.scrollTop += offset;
          },
        }),
      }),
    ];
  },
});
