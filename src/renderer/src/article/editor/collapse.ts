import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** Which sections are folded away in the editor, by section id. Not saved: folding is a reading aid. */
export const collapseKey = new PluginKey<Set<string>>('sectionCollapse');

export function collapsedSections(state: EditorState): Set<string> {
  return collapseKey.getState(state) ?? new Set();
}

/** A transaction that folds or unfolds one section; kept out of the undo history. */
export function toggleCollapsed(view: EditorView, sectionId: string): void {
  view.dispatch(view.state.tr.setMeta(collapseKey, sectionId).setMeta('addToHistory', false));
}

function toggleLabel(title: string, collapsed: boolean): string {
  return `${collapsed ? 'Expand' : 'Collapse'} section ${title ? `“${title}”` : '(untitled)'}`;
}

function toggleButton(view: EditorView, id: string, title: string, collapsed: boolean): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'section-toggle';
  button.contentEditable = 'false';
  button.dataset.sectionId = id;
  button.setAttribute('aria-expanded', String(!collapsed));
  button.setAttribute('aria-label', toggleLabel(title, collapsed));
  button.textContent = collapsed ? '▸' : '▾';
  // Mouse down, not click, so the editor keeps its selection and focus.
  button.addEventListener('mousedown', (e) => {
    e.preventDefault();
    toggleCollapsed(view, id);
  });
  return button;
}

/**
 * Decorations only (no node view), so a long article costs nothing extra per keystroke: a fold
 * button before each section title, and a class that hides a folded section's blocks.
 *
 * The button's widget key holds only the section id and fold state, never the title, so typing in
 * a title does not make ProseMirror throw the button away and draw a new one beside the caret at
 * every keystroke. Its label follows the title from the plugin view instead, as a plain attribute
 * change that ProseMirror ignores in a widget.
 */
export function sectionCollapsePlugin(): Plugin<Set<string>> {
  // Typing changes the doc but rarely the sections' ids or titles; rebuilding is cheap (top level only) but cached anyway.
  let last: { doc: EditorState['doc']; collapsed: Set<string>; set: DecorationSet } | null = null;
  return new Plugin<Set<string>>({
    key: collapseKey,
    view: () => ({
      update(view, prev) {
        if (view.state.doc === prev.doc) return;
        const collapsed = collapsedSections(view.state);
        const before = new Map<string, string>();
        prev.doc.forEach((node) => {
          if (node.type.name === 'section' && node.attrs.id) before.set(node.attrs.id as string, node.firstChild?.textContent ?? '');
        });
        view.state.doc.forEach((node) => {
          const id = node.attrs.id as string | null;
          if (node.type.name !== 'section' || !id) return;
          const title = node.firstChild?.textContent ?? '';
          if (before.get(id) === title) return;
          const button = view.dom.querySelector<HTMLElement>(`.section-toggle[data-section-id="${CSS.escape(id)}"]`);
          button?.setAttribute('aria-label', toggleLabel(title, collapsed.has(id)));
        });
      },
    }),
    state: {
      init: () => new Set(),
      apply(tr, value) {
        const id = tr.getMeta(collapseKey) as string | undefined;
        if (!id) return value;
        const next = new Set(value);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      },
    },
    props: {
      decorations(state) {
        const collapsed = collapseKey.getState(state) ?? new Set<string>();
        if (last && last.doc === state.doc && last.collapsed === collapsed) return last.set;
        const decos: Decoration[] = [];
        state.doc.forEach((node, offset) => {
          const id = node.attrs.id as string | null;
          if (node.type.name !== 'section' || !id) return;
          const isCollapsed = collapsed.has(id);
          // The title as it is when a button is first drawn; later edits reach it through the plugin view.
          const title = node.firstChild?.textContent ?? '';
          decos.push(
            Decoration.widget(offset + 1, (view) => toggleButton(view, id, title, isCollapsed), {
              side: -1,
              key: `${id}:${isCollapsed ? 1 : 0}`,
              ignoreSelection: true,
            }),
          );
          if (isCollapsed) decos.push(Decoration.node(offset, offset + node.nodeSize, { class: 'is-collapsed' }));
        });
        last = { doc: state.doc, collapsed, set: DecorationSet.create(state.doc, decos) };
        return last.set;
      },
    },
  });
}
