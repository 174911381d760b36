import { ChangeSet, simplifyChanges, type TokenEncoder } from '@tiptap/pm/changeset';
import type { Fragment, Mark, Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { countWords } from '../article/text';

/**
 * What changed between two versions of an article body, inline, for the compare view and the
 * history list (words added and removed). prosemirror-changeset does the diff; its token encoder
 * here also sees formatting, links, claims and a quotation's source, so a quotation moved to
 * another source or a word made bold shows as a change, while comment and suggestion marks (review
 * bookkeeping, not copy) and node ids do not.
 */

export interface InlineChange {
  /** Deleted from the older version: [fromA, toA) in its positions. */
  fromA: number;
  toA: number;
  /** Inserted in the newer version: [fromB, toB) in its positions. */
  fromB: number;
  toB: number;
  deletedText: string;
  insertedText: string;
}

export interface VersionDiff {
  changes: InlineChange[];
  wordsAdded: number;
  wordsRemoved: number;
}

const IGNORED_MARKS = new Set(['comment', 'insertion', 'deletion', 'modification']);
const IGNORED_ATTRS = new Set(['id']);

function markKey(m: Mark): string {
  switch (m.type.name) {
    case 'quotation':
      return `quotation:${String(m.attrs.sourceId ?? '')}`;
    case 'link':
      return `link:${String(m.attrs.href ?? '')}`;
    case 'claim':
      return `claim:${String(m.attrs.claimId ?? '')}`;
    default:
      return m.type.name;
  }
}

function attrsKey(node: PMNode): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(node.attrs)) if (!IGNORED_ATTRS.has(k) && v !== null && v !== '') parts.push(`${k}=${String(v)}`);
  return parts.join(',');
}

/** Characters with their copy-relevant marks; blocks with their type and the attributes a reader would notice. */
export const articleTokenEncoder: TokenEncoder<number | string> = {
  encodeCharacter(char, marks) {
    const keys = marks.filter((m) => !IGNORED_MARKS.has(m.type.name)).map(markKey);
    return keys.length ? `${char}|${keys.join('|')}` : char;
  },
  encodeNodeStart(node) {
    return `<${node.type.name}${node.isLeaf || node.type.name === 'pullQuote' || node.type.name === 'orderedList' ? `|${attrsKey(node)}` : ''}`;
  },
  encodeNodeEnd(node) {
    return `>${node.type.name}`;
  },
  compareTokens: (a, b) => a === b,
};

interface Run {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/**
 * Children of two fragments aligned by equality (longest common subsequence), so an edit at the top
 * and one at the bottom of a long article are diffed as two small ranges, not one huge one (which
 * the changeset would give up on). A changed container matched one to one is aligned inside.
 */
function changedRuns(a: Fragment, fromA: number, b: Fragment, fromB: number, out: Run[]): void {
  const n = a.childCount;
  const m = b.childCount;
  // LCS table over children; articles have hundreds of blocks at most per level.
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i][j] = a.child(i).eq(b.child(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const offA: number[] = [fromA];
  for (let i = 0; i < n; i++) offA.push(offA[i] + a.child(i).nodeSize);
  const offB: number[] = [fromB];
  for (let j = 0; j < m; j++) offB.push(offB[j] + b.child(j).nodeSize);
  let i = 0;
  let j = 0;
  const flush = (i0: number, i1: number, j0: number, j1: number) => {
    if (i0 === i1 && j0 === j1) return;
    const one = i1 - i0 === 1 && j1 - j0 === 1 ? [a.child(i0), b.child(j0)] : null;
    if (one && one[0].type === one[1].type && !one[0].isTextblock && !one[0].isLeaf && one[0].attrs.id === one[1].attrs.id) {
      changedRuns(one[0].content, offA[i0] + 1, one[1].content, offB[j0] + 1, out);
    } else out.push({ fromA: offA[i0], toA: offA[i1], fromB: offB[j0], toB: offB[j1] });
  };
  let runA = 0;
  let runB = 0;
  while (i < n && j < m) {
    if (a.child(i).eq(b.child(j))) {
      flush(runA, i, runB, j);
      i++;
      j++;
      runA = i;
      runB = j;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  flush(runA, n, runB, m);
}

/** Inline insertions and deletions from `older` to `newer` (two bodies in the same schema), simplified to whole words. */
export function diffVersions(older: PMNode, newer: PMNode): VersionDiff {
  const runs: Run[] = [];
  changedRuns(older.content, 0, newer.content, 0, runs);
  const tr = new Transform(older);
  for (const r of runs) tr.replace(tr.mapping.map(r.fromA, -1), tr.mapping.map(r.toA, 1), newer.slice(r.fromB, r.toB));
  let set = ChangeSet.create(older, undefined, articleTokenEncoder);
  set = set.addSteps(tr.doc, tr.mapping.maps, null);
  const changes = simplifyChanges(set.changes, tr.doc).map((c) => ({
    fromA: c.fromA,
    toA: c.toA,
    fromB: c.fromB,
    toB: c.toB,
    deletedText: older.textBetween(c.fromA, c.toA, '\n', ' '),
    insertedText: tr.doc.textBetween(c.fromB, c.toB, '\n', ' '),
  }));
  return {
    changes,
    wordsAdded: changes.reduce((n, c) => n + countWords(c.insertedText), 0),
    wordsRemoved: changes.reduce((n, c) => n + countWords(c.deletedText), 0),
  };
}
