import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/core';
import type { DocRange } from '../../../shared/analysis/target';

/**
 * Selects a stretch of the body and scrolls to it. Ranges come from the last (debounced) analysis,
 * so they are clamped and snapped to the nearest place text can be selected.
 */
export function jumpTo(editor: Editor, range: DocRange): void {
  const { doc } = editor.state;
  const clamp = (n: number) => Math.max(0, Math.min(n, doc.content.size));
  const selection = TextSelection.between(doc.resolve(clamp(range.from)), doc.resolve(clamp(range.to)));
  editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView());
  editor.view.focus();
}

/** Jumps to a section (its whole title selected) from its outline range. */
export function jumpToSection(editor: Editor, range: DocRange): void {
  const node = editor.state.doc.nodeAt(Math.min(range.from, editor.state.doc.content.size));
  const titleLength = node?.type.name === 'section' ? (node.firstChild?.content.size ?? 0) : 0;
  if (node?.type.name === 'section') jumpTo(editor, { from: range.from + 2, to: range.from + 2 + titleLength });
  else jumpTo(editor, { from: range.from + 1, to: range.from + 1 });
}
