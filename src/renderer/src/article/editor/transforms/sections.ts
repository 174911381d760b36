import { newId } from '../../../../../shared/ids';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState } from '@tiptap/pm/state';

/** A section of the body with where it stands, found from the document itself (never a stale outline). */
export interface SectionAt {
  index: number;
  node: PMNode;
  from: number;
  to: number;
}

/** Sections by document: documents never change, and the outline's buttons and menus ask about the same one many times. */
const sectionsByDoc = new WeakMap<PMNode, readonly SectionAt[]>();

/** Every top-level section in order. Sections only ever sit at the top of the body (`block* section*`). */
export function sectionsOf(doc: PMNode): readonly SectionAt[] {
  const known = sectionsByDoc.get(doc);
  if (known) return known;
  const out: SectionAt[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'section') out.push({ index: out.length, node, from: offset, to: offset + node.nodeSize });
  });
  sectionsByDoc.set(doc, out);
  return out;
}

/** Where the section with this id stands among the sections, and how many there are (no transaction built). */
export function sectionPlace(doc: PMNode, id: string): { index: number; count: number } | null {
  const all = sectionsOf(doc);
  const found = all.find((s) => s.node.attrs.id === id);
  return found ? { index: found.index, count: all.length } : null;
}

/** Where the free blocks before the first section end. */
export function introEnd(doc: PMNode): number {
  const first = sectionsOf(doc)[0];
  return first ? first.from : doc.content.size;
}

/** The section holding the selection's start, if any. */
export function sectionAtSelection(state: EditorState): SectionAt | null {
  const { $from } = state.selection;
  if ($from.depth < 1 || $from.node(1).type.name !== 'section') return null;
  const from = $from.before(1);
  return sectionsOf(state.doc).find((s) => s.from === from) ?? null;
}

/** A section id unique within the body; sections keep it for life so collapse state and links follow them. */
export const newSectionId = (): string => newId('s');

/**
 * The section an outline line stands for, looked up in the current document: the outline is
 * recomputed after a pause in typing, so its positions and order may be a moment old.
 */
export function findSection(doc: PMNode, id: string | null, index: number): SectionAt | null {
  const all = sectionsOf(doc);
  return (id ? all.find((s) => s.node.attrs.id === id) : undefined) ?? all[index] ?? null;
}
