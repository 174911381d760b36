import { TextSelection } from '@tiptap/pm/state';
import { SectionTitle as SectionTitleNode } from '../../../../../shared/schema/section-title';

/** Enter in a section title moves to the section's first paragraph rather than splitting the title. */
export const SectionTitle = SectionTitleNode.extend({
  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const { state } = editor;
        const { $from, empty } = state.selection;
        if (!empty || $from.parent.type.name !== 'sectionTitle') return false;
        const after = $from.after();
        const next = state.doc.nodeAt(after);
        return editor
          .chain()
          .command(({ tr }) => {
            if (!next || next.type.name !== 'paragraph') tr.insert(after, state.schema.nodes.paragraph.create());
            tr.setSelection(TextSelection.create(tr.doc, after + 1));
            return true;
          })
          .scrollIntoView()
          .run();
      },
    };
  },
});
