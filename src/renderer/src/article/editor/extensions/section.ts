import { Section as SectionNode } from '../../../../../shared/schema/section';
import { insertSection } from '../transforms/insert-section';
import { moveSectionAtSelection, moveSectionTo } from '../transforms/move-section';
import { splitSection } from '../transforms/split-section';
import { mergeSectionAtSelection } from '../transforms/merge-section';
import { findSection, newSectionId, sectionAtSelection } from '../transforms/sections';
import { collapseKey, sectionCollapsePlugin } from '../collapse';
import { run } from '../transforms/run';

export { newSectionId };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    section: {
      /** Inserts an empty titled section after the section (or lede) holding the cursor, and puts the cursor in its title. */
      insertSection: () => ReturnType;
      /** The rest of the section from the cursor's block becomes a new section with an empty title. */
      splitSection: () => ReturnType;
      /** The section holding the cursor joins the previous one; its title becomes a paragraph. */
      mergeSectionIntoPrevious: () => ReturnType;
      /** Moves the section holding the cursor, title and all, one place up or down. */
      moveSection: (direction: -1 | 1) => ReturnType;
      /** Moves the section with this id (found in the current document) to index `to`, or one place up or down. */
      moveSectionById: (id: string, to: number | 'up' | 'down') => ReturnType;
      /** Folds or unfolds the section holding the cursor in the editor. */
      toggleSectionCollapsed: () => ReturnType;
    };
  }
}

/** The shared section node plus the editor's commands and fold buttons for it (keys are the command registry's). */
export const Section = SectionNode.extend({
  addCommands() {
    return {
      insertSection: () => run((state) => insertSection(state)),
      splitSection: () => run((state) => splitSection(state)),
      mergeSectionIntoPrevious: () => run(mergeSectionAtSelection),
      moveSection: (direction) => run((state) => moveSectionAtSelection(state, direction)),
      moveSectionById: (id, to) =>
        run((state) => {
          const from = findSection(state.doc, id, -1)?.index;
          if (from === undefined) return null;
          return moveSectionTo(state, from, to === 'up' ? from - 1 : to === 'down' ? from + 1 : to);
        }),
      toggleSectionCollapsed:
        () =>
        ({ state, tr, dispatch }) => {
          const id = sectionAtSelection(state)?.node.attrs.id as string | null | undefined;
          if (!id) return false;
          if (dispatch) tr.setMeta(collapseKey, id).setMeta('addToHistory', false);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [sectionCollapsePlugin()];
  },
});
