import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { sectionAtSelection, sectionsOf } from './sections';

/**
 * Moves section `from` (title and everything under it) so it ends up at index `to`, in one
 * transaction so a single undo puts it back. A selection inside the moved section moves with it.
 */
export function moveSectionTo(state: EditorState, from: number, to: number): Transaction | null {
  const sections = sectionsOf(state.doc);
  if (from === to || !sections[from] || !sections[to]) return null;
  const moving = sections[from];
  const tr = state.tr.delete(moving.from, moving.to);
  // After the delete, sections at and beyond `to` shift down one slot when moving down.
  const target = sectionsOf(tr.doc)[to];
  const insertAt = target ? target.from : tr.doc.content.size;
  tr.insert(insertAt, moving.node);
  const { from: selFrom, to: selTo } = state.selection;
  if (selFrom >= moving.from && selTo <= moving.to) {
    const shift = insertAt - moving.from;
    tr.setSelection(TextSelection.between(tr.doc.resolve(selFrom + shift), tr.doc.resolve(selTo + shift)));
  }
  return tr.scrollIntoView();
}

/** Moves the section holding the cursor one place up (-1) or down (+1). */
export function moveSectionAtSelection(state: EditorState, direction: -1 | 1): Transaction | null {
  const here = sectionAtSelection(state);
  if (!here) return null;
  return moveSectionTo(state, here.index, here.index + direction);
}
