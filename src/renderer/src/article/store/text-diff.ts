import type { Article } from '../../../../shared/article/model';
import { nodeText } from '../../../../shared/article/text';

export type DiffLine = { kind: 'same' | 'mine' | 'theirs'; text: string };

/** An article as the lines a journalist compares: headline, dek, byline, then the body's paragraphs. */
export function articleLines(a: Article): string[] {
  return [`Headline: ${a.headline}`, `Dek: ${a.dek}`, `Byline: ${a.byline}`, '', ...nodeText(a.body).split('\n')];
}

/**
 * A unified line diff (longest common subsequence). Common leading and trailing lines are trimmed
 * first, so the quadratic table covers only the changed middle; past `limit` cells it falls back to
 * "all of theirs removed, all of mine added", which is still correct, only less precise.
 */
export function diffLines(theirs: string[], mine: string[], limit = 4_000_000): DiffLine[] {
  let start = 0;
  while (start < theirs.length && start < mine.length && theirs[start] === mine[start]) start++;
  let endT = theirs.length;
  let endM = mine.length;
  while (endT > start && endM > start && theirs[endT - 1] === mine[endM - 1]) {
    endT--;
    endM--;
  }
  const head: DiffLine[] = theirs.slice(0, start).map((text) => ({ kind: 'same', text }));
  const tail: DiffLine[] = theirs.slice(endT).map((text) => ({ kind: 'same', text }));
  const a = theirs.slice(start, endT);
  const b = mine.slice(start, endM);
  const middle: DiffLine[] = [];
  if ((a.length + 1) * (b.length + 1) > limit) {
    middle.push(...a.map((text) => ({ kind: 'theirs' as const, text })), ...b.map((text) => ({ kind: 'mine' as const, text })));
  } else {
    const w = b.length + 1;
    const lcs = new Uint32Array((a.length + 1) * w);
    for (let i = a.length - 1; i >= 0; i--) {
      for (let j = b.length - 1; j >= 0; j--) {
        lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i] === b[j]) {
        middle.push({ kind: 'same', text: a[i]! });
        i++;
        j++;
      } else if (i < a.length && (j === b.length || lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!)) {
        // Removed lines before added ones, as unified diffs show them.
        middle.push({ kind: 'theirs', text: a[i++]! });
      } else {
        middle.push({ kind: 'mine', text: b[j++]! });
      }
    }
  }
  return [...head, ...middle, ...tail];
}
