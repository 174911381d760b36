import { Fragment, type Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { DocNode } from '../article/model';
import type { MergeConflict } from './merge';

type BlocksConflict = Extract<MergeConflict, { kind: 'blocks' }>;

const same = (node: PMNode, json: DocNode) => JSON.stringify(node.toJSON()) === JSON.stringify(json);

function matchesAt(parent: PMNode, index: number, blocks: DocNode[]): boolean {
  if (index + blocks.length > parent.childCount) return false;
  return blocks.every((b, i) => same(parent.child(index + i), b));
}

/**
 * Where my side of a passage both of us changed stands in the document now: at the place the merge
 * left it, or (after edits elsewhere moved it) the run of sibling blocks equal to it nearest that
 * place. Null when my side was a deletion, or has been edited since: then nothing is replaced.
 */
export function locateMine(doc: PMNode, conflict: BlocksConflict): { from: number; to: number } | null {
  const { mine, range } = conflict;
  if (!mine.length) return null;
  let best: { from: number; to: number } | null = null;
  const consider = (parent: PMNode, contentStart: number) => {
    let pos = contentStart;
    for (let i = 0; i < parent.childCount; i++) {
      if (matchesAt(parent, i, mine)) {
        let to = pos;
        for (let k = 0; k < mine.length; k++) to += parent.child(i + k).nodeSize;
        if (!best || Math.abs(pos - range.from) < Math.abs(best.from - range.from)) best = { from: pos, to };
      }
      pos += parent.child(i).nodeSize;
    }
  };
  consider(doc, 0);
  doc.descendants((node, pos) => {
    if (node.isTextblock) return false;
    if (node.childCount) consider(node, pos + 1);
    return true;
  });
  return best;
}

/**
 * Puts their side of a conflicting passage in place of mine, as one undoable edit (null when mine
 * cannot be found as it was). Their blocks must fit where mine were, as they did in their copy.
 */
export function takeTheirs(tr: Transaction, conflict: BlocksConflict): Transaction | null {
  const at = locateMine(tr.doc, conflict);
  if (!at) return null;
  try {
    const content = Fragment.fromArray(conflict.theirs.map((b) => tr.doc.type.schema.nodeFromJSON(b)));
    return tr.replaceWith(at.from, at.to, content);
  } catch {
    return null;
  }
}
