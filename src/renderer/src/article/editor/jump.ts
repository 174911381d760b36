import { TextSelection } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/core';
import type { DocRange } from '../../../../shared/analysis/target';
import type { OutlineEntry } from '../../../../shared/analysis/outline';
import { findSection } from './transforms/sections';

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

/** Jumps to a section (its whole title selected), or to the intro. */
export function jumpToSection(editor: Editor, entry: OutlineEntry): void {
  if (entry.kind === 'intro') return jumpTo(editor, { from: 1, to: 1 });
  const section = findSection(editor.state.doc, entry.id, entry.index);
  if (!section) return;
  const titleLength = section.node.firstChild?.content.size ?? 0;
  jumpTo(editor, { from: section.from + 2, to: section.from + 2 + titleLength });
}
