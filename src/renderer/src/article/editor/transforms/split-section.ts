import { Fragment } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { introEnd, newSectionId } from './sections';

/**
 * Splits the section at the cursor: the block holding the cursor and everything after it in the
 * section become a new section with an empty title, the cursor in that title. In the intro, the
 * rest of the intro becomes the first section. Null when there is nothing to split off (a title).
 */
export function splitSection(state: EditorState, id: string = newSectionId()): Transaction | null {
  const { $from } = state.selection;
  const schema = state.schema;
  const doc = state.doc;
  const inSection = $from.depth >= 1 && $from.node(1).type.name === 'section';
  let start: number;
  let end: number;
  if (inSection) {
    if ($from.depth < 2) return null;
    const index = $from.index(1);
    if (index === 0) return null; // the title itself: nothing above it to keep
    start = $from.before(2);
    end = $from.after(1) - 1;
  } else {
    if ($from.depth < 1) return null;
    start = $from.before(1);
    end = introEnd(doc);
  }
  const moved = doc.slice(start, end).content;
  const section = schema.nodes.section.create({ id }, Fragment.from(schema.nodes.sectionTitle.create()).append(moved));
  const tr = state.tr;
  if (inSection) {
    // Delete the moved blocks and put the new section straight after the shortened one.
    tr.delete(start, end);
    const after = tr.mapping.map(end + 1);
    tr.insert(after, section);
    tr.setSelection(TextSelection.create(tr.doc, after + 2));
  } else {
    tr.replaceWith(start, end, section);
    tr.setSelection(TextSelection.create(tr.doc, start + 2));
  }
  return tr.scrollIntoView();
}
