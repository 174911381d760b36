import { Fragment, Slice } from '@tiptap/pm/model';
import { NodeSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { dropPoint } from '@tiptap/pm/transform';
import { afterCurrentBlock } from './make-pull-quote';

/** What a new picture starts with: its file, and the fields the journalist fills in beside it. */
export interface NewImage {
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

/**
 * Inserts pictures, in order, as one step: where they were dropped (`at`, moved to the nearest place a
 * block may go), or after the block holding the cursor. The last one is selected, so its fields are
 * next to fill in. Null when there is nothing to insert or nowhere it may go.
 */
export function insertImages(state: EditorState, images: NewImage[], at?: number): Transaction | null {
  const type = state.schema.nodes.image;
  if (!images.length || !type) return null;
  const nodes = images.map((i) => type.create({ src: i.src, alt: i.alt ?? '', caption: i.caption ?? '', credit: i.credit ?? '' }));
  const fragment = Fragment.fromArray(nodes);
  const near = at === undefined ? afterCurrentBlock(state.selection.$from) : Math.max(0, Math.min(at, state.doc.content.size));
  const pos = dropPoint(state.doc, near, new Slice(fragment, 0, 0));
  if (pos === null) return null;
  const tr = state.tr.insert(pos, fragment);
  const last = pos + fragment.size - nodes[nodes.length - 1].nodeSize;
  tr.setSelection(NodeSelection.create(tr.doc, last));
  return tr.scrollIntoView();
}

/** Changes a picture's fields (alt text, caption, credit, width) at `pos`; null if no picture is there. */
export function setImageAttrs(state: EditorState, pos: number, attrs: Record<string, unknown>): Transaction | null {
  const node = state.doc.nodeAt(pos);
  if (!node || node.type.name !== 'image') return null;
  const next = { ...node.attrs, ...attrs };
  if (Object.keys(next).every((k) => next[k] === node.attrs[k])) return null;
  return state.tr.setNodeMarkup(pos, undefined, next);
}
