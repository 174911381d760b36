import type { Node as PMNode } from '@tiptap/pm/model';

/** A small deterministic generator (a linear congruential one), so a failing run can be replayed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Every position where a caret can stand in text: each text block's start, between its characters and its end. */
export function textPositions(d: PMNode): number[] {
  const out: number[] = [];
  d.descendants((node, pos) => {
    if (node.isTextblock) for (let i = 0; i <= node.content.size; i++) out.push(pos + 1 + i);
    return !node.isTextblock;
  });
  return out;
}
