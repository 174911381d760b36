import type { Node as PMNode } from '@tiptap/pm/model';
import type { Step, Transform } from '@tiptap/pm/transform';

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
export function changedBlocks(tr: Transform): Array<[number, number]> | null {
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
