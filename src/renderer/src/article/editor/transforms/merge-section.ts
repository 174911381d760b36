import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { sectionAtSelection, sectionsOf, type SectionAt } from './sections';

/** A section's content with its title turned into a paragraph, or dropped when it is empty. */
function unwrapped(section: PMNode, state: EditorState): Fragment {
  const [title, ...rest] = section.children;
  const body = Fragment.fromArray(rest);
  if (!title || title.textContent.trim() === '') return body;
  return Fragment.from(state.schema.nodes.paragraph.create(null, title.content)).append(body);
}

/**
 * Merges a section into the one before it (or, for the first section, into the intro): its title
 * becomes an ordinary paragraph, or disappears if it was empty. The cursor stays in the same words.
 */
export function mergeSection(state: EditorState, target: SectionAt): Transaction | null {
  const content = unwrapped(target.node, state);
  const tr = state.tr;
  const prev = sectionsOf(state.doc)[target.index - 1];
  // Content goes at the end of the previous section, or at the end of the intro for the first one.
  const insertAt = prev ? prev.to - 1 : target.from;
  const titleEmpty = target.node.firstChild?.textContent.trim() === '';
  if (prev) {
    tr.delete(target.from, target.to);
    tr.insert(insertAt, content);
  } else {
    tr.replaceWith(target.from, target.to, content);
  }
  const { from } = state.selection;
  if (from > target.from && from < target.to) {
    // Positions inside the section shift by the section's own opening token, plus the title's if it went.
    const titleSize = target.node.firstChild?.nodeSize ?? 0;
    const inTitle = from < target.from + 1 + titleSize;
    let pos = insertAt + (from - target.from - 1);
    if (titleEmpty && !inTitle) pos -= titleSize;
    if (titleEmpty && inTitle) pos = insertAt + 1;
    const safe = Math.max(0, Math.min(pos, tr.doc.content.size));
    tr.setSelection(TextSelection.near(tr.doc.resolve(safe)));
  }
  return tr.scrollIntoView();
}

/** Merges the section holding the cursor into the previous one. */
export function mergeSectionAtSelection(state: EditorState): Transaction | null {
  const here = sectionAtSelection(state);
  return here ? mergeSection(state, here) : null;
}
