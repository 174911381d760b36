import type { Command } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Section as SectionNode } from '../../../../../shared/schema/section';
import { insertSection } from '../transforms/insert-section';
import { moveSectionAtSelection } from '../transforms/move-section';
import { splitSection } from '../transforms/split-section';
import { mergeSectionAtSelection } from '../transforms/merge-section';
import { newSectionId, sectionAtSelection } from '../transforms/sections';
import { collapseKey, sectionCollapsePlugin } from '../collapse';

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
      /** Folds or unfolds the section holding the cursor in the editor. */
      toggleSectionCollapsed: () => ReturnType;
    };
  }
}

/**
 * A TipTap command from a pure transaction builder (unit-tested without a DOM): one transaction,
 * so one undo step; false, with nothing dispatched, when it does not apply.
 */
export function run(build: (state: EditorState) => Transaction | null): Command {
  return ({ state, dispatch }) => {
    const tr = build(state);
    // Its own undo step, even right after typing (history would otherwise group them by time).
    if (tr && dispatch) dispatch(closeHistory(tr));
    return tr !== null;
  };
}

/** The shared section node plus the editor's commands, shortcuts and fold buttons for it. */
export const Section = SectionNode.extend({
  addCommands() {
    return {
      insertSection: () => run((state) => insertSection(state)),
      splitSection: () => run((state) => splitSection(state)),
      mergeSectionIntoPrevious: () => run(mergeSectionAtSelection),
      moveSection: (direction) => run((state) => moveSectionAtSelection(state, direction)),
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
  addKeyboardShortcuts() {
    return {
      'Mod-Alt-s': () => this.editor.commands.insertSection(),
      'Mod-Alt-Enter': () => this.editor.commands.splitSection(),
      'Mod-Alt-Backspace': () => this.editor.commands.mergeSectionIntoPrevious(),
      'Alt-Shift-ArrowUp': () => this.editor.commands.moveSection(-1),
      'Alt-Shift-ArrowDown': () => this.editor.commands.moveSection(1),
      'Mod-Alt-c': () => this.editor.commands.toggleSectionCollapsed(),
    };
  },
  addProseMirrorPlugins() {
    return [sectionCollapsePlugin()];
  },
});
