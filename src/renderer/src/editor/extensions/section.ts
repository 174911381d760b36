import { TextSelection } from '@tiptap/pm/state';
import { Section as SectionNode } from '../../../../shared/schema/section';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    section: {
      /** Inserts an empty titled section after the section (or lede) holding the cursor, and puts the cursor in its title. */
      insertSection: () => ReturnType;
    };
  }
}

let counter = 0;
export function newSectionId(): string {
  counter += 1;
  return `s-${Date.now().toString(36)}-${counter.toString(36)}`;
}

/** The shared section node plus the editor's commands and shortcuts for it. */
export const Section = SectionNode.extend({
  addCommands() {
    return {
      insertSection:
        () =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          const doc = state.doc;
          // Sections follow the free blocks, so a section inserted from the lede goes before the first section.
          let pos: number;
          if ($from.depth >= 1 && $from.node(1).type.name === 'section') pos = $from.after(1);
          else {
            pos = doc.content.size;
            doc.forEach((child, offset) => {
              if (child.type.name === 'section' && pos === doc.content.size) pos = Math.min(pos, offset);
            });
          }
          const schema = state.schema;
          const node = schema.nodes.section.create({ id: newSectionId() }, [
            schema.nodes.sectionTitle.create(),
            schema.nodes.paragraph.create(),
          ]);
          if (dispatch) {
            tr.insert(pos, node);
            tr.setSelection(TextSelection.create(tr.doc, pos + 2));
            tr.scrollIntoView();
            dispatch(tr);
          }
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-s': () => this.editor.commands.insertSection(),
    };
  },
});
