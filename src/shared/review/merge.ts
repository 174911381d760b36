import { Fragment, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { Article, DocNode } from '../article/model';
import { SUGGESTABLE_FIELDS, type Review, type SuggestableField } from '../article/review-model';
import { articleSchema } from '../schema';
import { reviewAnchors } from './anchors';
import { recordSuggestions, suggestField } from './record';
import { suggestionIds, suggestTransaction, type SuggestionAuthor } from './suggest';

/**
 * Two people, one article, no server: a three-way merge of my copy and theirs against the last
 * version both started from (found in the history by the hash the file was opened with).
 *
 * What only they changed comes in as suggestions by them, so nothing lands unseen: body blocks as
 * insertion and deletion marks (inline where one paragraph became another), fields as field
 * suggestions. What only I changed stays. Sources, claims, comment threads, suggestion metadata
 * and waivers merge key by key (deeper for threads: replies from both sides are kept). Where both
 * changed the same paragraph, field or entry differently, my version stays in the article and the
 * conflict lists both sides, for the compare view to choose.
 */

export type MergeConflict =
  | { kind: 'blocks'; base: DocNode[]; mine: DocNode[]; theirs: DocNode[]; range: { from: number; to: number } }
  | { kind: 'field'; field: string; base: unknown; mine: unknown; theirs: unknown }
  | { kind: 'entry'; map: string; id: string; base: unknown; mine: unknown; theirs: unknown };

export interface MergeResult {
  article: Article;
  conflicts: MergeConflict[];
  /** How many changes of theirs came in as suggestions (body regions and fields). */
  suggested: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type Op = { kind: 'theirs'; from: number; to: number; content: Fragment } | { kind: 'conflict'; from: number; to: number; base: PMNode[]; mine: PMNode[]; theirs: PMNode[] };

/** Pairs of equal children (longest common subsequence), as [indexInA, indexInB]. */
function matches(a: PMNode[], b: PMNode[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i].eq(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i].eq(b[j])) out.push([i++, j++]);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  return out;
}

const children = (f: Fragment) => {
  const out: PMNode[] = [];
  f.forEach((n) => out.push(n));
  return out;
};

/** diff3 over the children of three fragments; `offset` is where `mine`'s content starts in my document. */
function mergeChildren(base: Fragment, mine: Fragment, theirs: Fragment, offset: number, ops: Op[]): void {
  const b = children(base);
  const m = children(mine);
  const t = children(theirs);
  const inMine = new Map(matches(b, m));
  const inTheirs = new Map(matches(b, t));
  const posInMine: number[] = [offset];
  for (const node of m) posInMine.push(posInMine[posInMine.length - 1] + node.nodeSize);

  let bi = 0;
  let mi = 0;
  let ti = 0;
  const eq = (x: PMNode[], y: PMNode[]) => x.length === y.length && x.every((n, k) => n.eq(y[k]));
  const sameKind = (x: PMNode, y: PMNode) => x.type === y.type && (x.attrs.id ?? null) === (y.attrs.id ?? null);
  /** One stretch between two blocks nobody changed; `at` is the index in mine where it starts. */
  const resolve = (rb: PMNode[], rm: PMNode[], rt: PMNode[], at: number): void => {
    const from = posInMine[at];
    const to = posInMine[at + rm.length];
    if (eq(rm, rt) || eq(rb, rt)) return; // nobody changed it, only I did, or we both made the same change
    if (rb.length === 1 && rm.length === 1 && rt.length === 1) {
      if (!rb[0].isTextblock && !rb[0].isLeaf && sameKind(rb[0], rm[0]) && sameKind(rb[0], rt[0])) {
        // The same section on all sides: merge inside it, paragraph by paragraph.
        mergeChildren(rb[0].content, rm[0].content, rt[0].content, from + 1, ops);
      } else if (eq(rb, rm)) ops.push({ kind: 'theirs', from, to, content: Fragment.from(rt) });
      else ops.push({ kind: 'conflict', from, to, base: rb, mine: rm, theirs: rt });
      return;
    }
    // Blocks of the same kind at the start and end of the stretch on all three sides are the same
    // blocks edited in place: take those one by one, and only what is left in the middle as a whole.
    let head = 0;
    while (head < Math.min(rb.length, rm.length, rt.length) && sameKind(rb[head], rm[head]) && sameKind(rb[head], rt[head])) head++;
    let tail = 0;
    const room = Math.min(rb.length, rm.length, rt.length) - head;
    while (tail < room && sameKind(rb[rb.length - 1 - tail], rm[rm.length - 1 - tail]) && sameKind(rb[rb.length - 1 - tail], rt[rt.length - 1 - tail])) tail++;
    if (head || tail) {
      for (let k = 0; k < head; k++) resolve([rb[k]], [rm[k]], [rt[k]], at + k);
      resolve(rb.slice(head, rb.length - tail), rm.slice(head, rm.length - tail), rt.slice(head, rt.length - tail), at + head);
      for (let k = tail; k > 0; k--) resolve([rb[rb.length - k]], [rm[rm.length - k]], [rt[rt.length - k]], at + rm.length - k);
    } else if (eq(rb, rm)) ops.push({ kind: 'theirs', from, to, content: Fragment.from(rt) });
    else ops.push({ kind: 'conflict', from, to, base: rb, mine: rm, theirs: rt });
  };
  const region = (b1: number, m1: number, t1: number) => {
    resolve(b.slice(bi, b1), m.slice(mi, m1), t.slice(ti, t1), mi);
    bi = b1;
    mi = m1;
    ti = t1;
  };
  for (let i = 0; i < b.length; i++) {
    const mj = inMine.get(i);
    const tj = inTheirs.get(i);
    if (mj === undefined || tj === undefined || mj < mi || tj < ti) continue;
    region(i, mj, tj);
    bi = i + 1;
    mi = mj + 1;
    ti = tj + 1;
  }
  region(b.length, m.length, t.length);
}

/** The replacement as small as it can be: a paragraph that became another changes only in its middle, so its suggestion is inline. */
function narrowed(doc: PMNode, op: Extract<Op, { kind: 'theirs' }>): { from: number; to: number; content: Fragment; openStart: number; openEnd: number } {
  const old = doc.slice(op.from, op.to).content;
  if (old.childCount === 1 && op.content.childCount === 1 && old.child(0).isTextblock && old.child(0).sameMarkup(op.content.child(0))) {
    const a = old.child(0).content;
    const b = op.content.child(0).content;
    const start = a.findDiffStart(b) ?? a.size;
    const ends = a.findDiffEnd(b) ?? { a: a.size, b: b.size };
    // Repeated letters can make the common end overlap the common start: move the end back out.
    const overlap = Math.max(0, start - Math.min(ends.a, ends.b));
    let from = start;
    let endA = ends.a + overlap;
    let endB = ends.b + overlap;
    // Whole words, as an editor would have typed them: "last" → "first", not "la" → "fir".
    const textA = old.child(0).textBetween(0, a.size, undefined, '\n');
    const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'’-]/u.test(ch);
    while (from > 0 && word(textA[from - 1]) && (word(textA[from]) || from === endA)) from--;
    while (endA < a.size && word(textA[endA]) && (word(textA[endA - 1]) || endA === from)) {
      endA++;
      endB++;
    }
    return { from: op.from + 1 + from, to: op.from + 1 + endA, content: b.cut(from, endB), openStart: 0, openEnd: 0 };
  }
  return { ...op, openStart: 0, openEnd: 0 };
}

function mergeBody(schema: Schema, base: DocNode, mine: DocNode, theirs: DocNode, author: SuggestionAuthor): { doc: DocNode; conflicts: MergeConflict[]; suggested: number } {
  const docs = [base, mine, theirs].map((d) => schema.nodeFromJSON(d));
  const ops: Op[] = [];
  mergeChildren(docs[0].content, docs[1].content, docs[2].content, 0, ops);
  let state = EditorState.create({ doc: docs[1] });
  const conflicts: (Extract<Op, { kind: 'conflict' }> & { range: { from: number; to: number } })[] = [];
  let suggested = 0;
  // From the end, so each op's positions are still those of my document when it is applied.
  for (const op of [...ops].reverse()) {
    if (op.kind === 'conflict') {
      conflicts.push({ ...op, range: { from: op.from, to: op.to } });
      continue;
    }
    const r = narrowed(state.doc, op);
    const tr = state.tr.replaceWith(r.from, r.to, r.content);
    const suggestedTr = suggestTransaction(tr, state, author);
    for (const c of conflicts) c.range = { from: suggestedTr.mapping.map(c.range.from, -1), to: suggestedTr.mapping.map(c.range.to, 1) };
    state = state.apply(suggestedTr);
    suggested++;
  }
  const json = (nodes: PMNode[]) => nodes.map((n) => n.toJSON() as DocNode);
  return {
    doc: state.doc.toJSON() as DocNode,
    conflicts: conflicts.reverse().map((c) => ({ kind: 'blocks', base: json(c.base), mine: json(c.mine), theirs: json(c.theirs), range: c.range })),
    suggested,
  };
}

/** Per-key three-way merge of plain maps; entries both sides changed differently keep mine and are reported. */
function mergeMap<T>(map: string, base: Record<string, T>, mine: Record<string, T>, theirs: Record<string, T>, conflicts: MergeConflict[], deep = false): Record<string, T> {
  const out: Record<string, T> = {};
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)]);
  for (const id of keys) {
    const [b, m, t] = [base[id], mine[id], theirs[id]];
    if (same(m, t) || same(b, t)) {
      if (m !== undefined) out[id] = m;
    } else if (same(b, m)) {
      if (t !== undefined) out[id] = t;
    } else if (deep && b && m && t && typeof m === 'object' && typeof t === 'object') {
      out[id] = mergeMap(`${map}/${id}`, b as Record<string, unknown>, m as Record<string, unknown>, t as Record<string, unknown>, conflicts, true) as T;
    } else {
      conflicts.push({ kind: 'entry', map, id, base: b, mine: m, theirs: t });
      if (m !== undefined) out[id] = m;
    }
  }
  return out;
}

/** A list of entries with ids merged as a map, in my order with their new entries after. */
function mergeList<T extends { id: string }>(map: string, base: T[], mine: T[], theirs: T[], conflicts: MergeConflict[]): T[] {
  const byId = (l: T[]) => Object.fromEntries(l.map((x) => [x.id, x]));
  const merged = mergeMap(map, byId(base), byId(mine), byId(theirs), conflicts);
  const order = [...mine.map((x) => x.id), ...theirs.map((x) => x.id).filter((id) => !mine.some((x) => x.id === id))];
  return order.filter((id) => id in merged).map((id) => merged[id]);
}

const PLAIN_FIELDS = ['status', 'language', 'wordTarget', 'legal', 'embargo'] as const;

/**
 * Merges `theirs` into `mine` against `base`. `theirAuthor` is who their changes are attributed to
 * (the last name in their hand-off log or history); `at` is the time the merge records.
 */
export function mergeArticles(base: Article, mine: Article, theirs: Article, theirAuthor: string, at: string): MergeResult {
  const conflicts: MergeConflict[] = [];
  const author: SuggestionAuthor = { name: theirAuthor, now: () => new Date(at) };
  const body = mergeBody(articleSchema(), base.body, mine.body, theirs.body, author);
  conflicts.push(...body.conflicts);

  let article: Article = { ...mine, body: body.doc };
  for (const f of PLAIN_FIELDS) {
    const [b, m, t] = [base[f], mine[f], theirs[f]];
    if (same(m, t) || same(b, t)) continue;
    if (same(b, m)) article = { ...article, [f]: t };
    else conflicts.push({ kind: 'field', field: f, base: b, mine: m, theirs: t });
  }
  article.sources = mergeList('sources', base.sources, mine.sources, theirs.sources, conflicts);
  article.claims = mergeList('claims', base.claims, mine.claims, theirs.claims, conflicts);
  // The hand-off log only grows: both sides' entries, in time order.
  article.statusLog = [...new Map([...mine.statusLog, ...theirs.statusLog].map((e) => [e.id, e])).values()].sort((a, b) => a.at.localeCompare(b.at));
  const review: Review = {
    ...mine.review,
    threads: mergeMap('threads', base.review.threads, mine.review.threads, theirs.review.threads, conflicts, true),
    suggestions: mergeMap('suggestions', base.review.suggestions, mine.review.suggestions, theirs.review.suggestions, conflicts),
    waivers: mergeMap('waivers', base.review.waivers, mine.review.waivers, theirs.review.waivers, conflicts),
    unreadable: { ...theirs.review.unreadable, ...mine.review.unreadable },
  };
  article.review = recordSuggestions(review, reviewAnchors(article.body), theirAuthor, at);

  let suggested = body.suggested;
  const nextId = suggestionIds(author);
  for (const f of SUGGESTABLE_FIELDS as readonly SuggestableField[]) {
    const [b, m, t] = [base[f], mine[f], theirs[f]];
    if (same(m, t) || same(b, t)) continue;
    if (same(b, m)) {
      article = { ...article, review: suggestField(article, f, t, theirAuthor, at, nextId()) };
      suggested++;
    } else conflicts.push({ kind: 'field', field: f, base: b, mine: m, theirs: t });
  }
  return { article, conflicts, suggested };
}
