import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { introEnd, newSectionId } from './sections';

/**
 * An empty titled section after the section holding the cursor, or before the first section when
 * the cursor is in the intro (sections follow the free blocks); the cursor goes into its title.
 */
export function insertSection(state: EditorState, id: string = newSectionId()): Transaction {
  const { $from } = state.selection;
  const pos = $from.depth >= 1 && $from.node(1).type.name === 'section' ? $from.after(1) : introEnd(state.doc);
  const schema = state.schema;
  const node = schema.nodes.section.create({ id }, [schema.nodes.sectionTitle.create(), schema.nodes.paragraph.create()]);
  const tr = state.tr.insert(pos, node);
  tr.setSelection(TextSelection.create(tr.doc, pos + 2));
  return tr.scrollIntoView();
}
