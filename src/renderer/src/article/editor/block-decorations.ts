import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorState, StateField, Transaction } from '@tiptap/pm/state';
import type { Step } from '@tiptap/pm/transform';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';

/**
 * Decorations drawn from the marks in the document (comment highlights, suggestion colours), kept
 * up to date per changed top-level block instead of by walking the whole article after every
 * keystroke: at 200,000 words a full walk cost each plugin several milliseconds per key.
 *
 * `build(doc, from, to)` returns the decorations for the nodes between `from` and `to` (always
 * whole top-level blocks). A transaction carrying `redrawMeta` (the review data changed: a thread
 * was resolved, a suggestion got its author) rebuilds everything.
 */
export type BlockDecorationBuilder = (doc: PMNode, from: number, to: number) => Decoration[];

export function blockDecorationState(build: BlockDecorationBuilder, redrawMeta: string): StateField<DecorationSet> {
  const full = (doc: PMNode) => DecorationSet.create(doc, build(doc, 0, doc.content.size));
  return {
    init: (_config, state: EditorState) => full(state.doc),
    apply(tr, set) {
      if (tr.getMeta(redrawMeta)) return full(tr.doc);
      if (!tr.docChanged) return set;
      const ranges = changedBlocks(tr);
      if (!ranges) return full(tr.doc);
      let next = set.map(tr.mapping, tr.doc);
      for (const [from, to] of ranges) {
        // Inside the blocks only: a node decoration on the block before ends exactly at `from`.
        next = next.remove(next.find(from + 1, to - 1));
        next = next.add(tr.doc, build(tr.doc, from, to));
      }
      return next;
    },
  };
}

/** Where a step changed the document before it, if its kind says so (every step ProseMirror ships does). */
function stepSpan(step: Step): [number, number] | null {
  const s = step as unknown as { from?: unknown; to?: unknown; pos?: unknown };
  if (typeof s.from === 'number' && typeof s.to === 'number') return [s.from, s.to];
  if (typeof s.pos === 'number') return [s.pos, s.pos + 1];
  return null;
}

/**
 * The top-level blocks of the new document that a transaction touched, merged and in order, or
 * null when a step's reach is unknown (then everything is redrawn).
 */
export function changedBlocks(tr: Transaction): Array<[number, number]> | null {
  const doc = tr.doc;
  const size = doc.content.size;
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tr.steps.length; i++) {
    const span = stepSpan(tr.steps[i]);
    if (!span) return null;
    const stepMap = tr.steps[i].getMap();
    const rest = tr.mapping.slice(i + 1);
    const from = rest.map(stepMap.map(span[0], -1), -1);
    const to = rest.map(stepMap.map(span[1], 1), 1);
    spans.push([blockStart(doc, Math.max(0, Math.min(from, size))), blockEnd(doc, Math.max(0, Math.min(Math.max(from, to), size)))]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

function blockStart(doc: PMNode, pos: number): number {
  const $pos = doc.resolve(pos);
  return $pos.depth >= 1 ? $pos.before(1) : pos;
}

function blockEnd(doc: PMNode, pos: number): number {
  const $pos = doc.resolve(pos);
  return $pos.depth >= 1 ? $pos.after(1) : pos;
}
