import type { Mark, MarkType, Node as PMNode } from '@tiptap/pm/model';
import type { Transform } from '@tiptap/pm/transform';
import type { Review } from '../article/review-model';

/**
 * Accepting and rejecting suggestions, on any Transform (an EditorState's `tr` in the editor, a
 * plain Transform in Node). Written here rather than taken from prosemirror-suggest-changes, whose
 * commands (0.1.8) apply or revert every modification in the document whichever one was chosen,
 * cannot revert a modification on its own, leave the zero-width anchors it inserted at block
 * boundaries when they share a text node with other words, and do not export the range variants.
 *
 * The rules: accepting removes what a deletion covers and unmarks insertions and modifications;
 * rejecting removes what an insertion covers, unmarks deletions and puts each modification's
 * previous value back. Stretches of one suggestion that meet at a block boundary are one change
 * (the library marks a join or a split of paragraphs that way), so removing them joins the blocks
 * as the original edit did. Zero-width anchors of decided suggestions always go.
 */

export type Decision = 'accept' | 'reject';

/** Puts the mark of `type` on [a, b) back to `mark` (or none). */
export function restore(t: Transform, a: number, b: number, type: MarkType, mark: Mark | null): void {
  t.removeMark(a, b, type);
  if (mark) t.addMark(a, b, mark);
}

const ANCHOR_SPACE = '\u200B';

/** The id of a suggestion mark as a string (the library allows numbers; files from other tools may hold them). */
function idOf(mark: Mark): string {
  return String(mark.attrs.id);
}

interface Stretch {
  from: number;
  to: number;
}

/** Whether only block boundaries (closing and opening tokens) lie between two positions. */
function onlyBoundariesBetween(doc: PMNode, from: number, to: number): boolean {
  if (from === to) return true;
  if (from > to) return false;
  let content = false;
  doc.nodesBetween(from, to, (node, pos) => {
    if (content) return false;
    if (node.isLeaf && pos >= from && pos + node.nodeSize <= to) content = true;
    else if (node.isTextblock && pos + 1 >= from && pos + node.nodeSize - 1 <= to && node.content.size > 0) content = true;
    return true;
  });
  return !content;
}

/** Stretches covered by `type` marks of the chosen ids, on text and on whole blocks, joined across block boundaries. */
function coveredStretches(doc: PMNode, type: MarkType, chosen: (id: string) => boolean): Stretch[] {
  const raw: Stretch[] = [];
  doc.descendants((node, pos) => {
    const mark = node.marks.find((m) => m.type === type && chosen(idOf(m)));
    if (!mark) return true;
    raw.push({ from: pos, to: pos + node.nodeSize });
    return false;
  });
  const joined: Stretch[] = [];
  for (const s of raw) {
    const last = joined[joined.length - 1];
    if (last && onlyBoundariesBetween(doc, last.to, s.from)) last.to = s.to;
    else joined.push({ ...s });
  }
  return joined;
}

/** The marks of `type` with the chosen ids, with where they are. */
function markedNodes(doc: PMNode, type: MarkType, chosen: (id: string) => boolean): { pos: number; node: PMNode; mark: Mark }[] {
  const out: { pos: number; node: PMNode; mark: Mark }[] = [];
  doc.descendants((node, pos) => {
    for (const mark of node.marks) if (mark.type === type && chosen(idOf(mark))) out.push({ pos, node, mark });
    return true;
  });
  return out;
}

/** A mark from its JSON (a modification's previous or new value), or null when it is none or not in this schema. */
export function markFromJson(doc: PMNode, json: unknown): Mark | null {
  if (!json || typeof json !== 'object') return null;
  try {
    return doc.type.schema.markFromJSON(json);
  } catch {
    return null;
  }
}

/** Undoes one modification mark's change and takes the mark off. */
function revertModification(tr: Transform, pos: number, node: PMNode, mark: Mark): void {
  const schema = tr.doc.type.schema;
  const a = mark.attrs;
  if (node.isInline) {
    const type = typeof a.attrName === 'string' ? schema.marks[a.attrName] : undefined;
    tr.removeMark(pos, pos + node.nodeSize, mark);
    if (type) restore(tr, pos, pos + node.nodeSize, type, markFromJson(tr.doc, a.previousValue));
    return;
  }
  tr.removeNodeMark(pos, mark);
  if (a.type === 'attr' && typeof a.attrName === 'string') tr.setNodeAttribute(pos, a.attrName, a.previousValue);
  else if (a.type === 'nodeType' && typeof a.previousValue === 'string' && schema.nodes[a.previousValue]) {
    tr.setNodeMarkup(pos, schema.nodes[a.previousValue], null, tr.doc.nodeAt(pos)!.marks);
  } else if (a.type === 'mark') {
    const added = markFromJson(tr.doc, a.newValue);
    const previous = markFromJson(tr.doc, a.previousValue);
    if (added) tr.removeNodeMark(pos, added);
    if (previous) tr.addNodeMark(pos, previous);
  }
}

/**
 * Applies the decision to every suggestion `chosen` picks, as steps on `tr`. Returns the ids that
 * were found in the document (a field suggestion has no marks: decide it with `decideFields`).
 */
export function decideInDocument(tr: Transform, decision: Decision, chosen: (id: string) => boolean): Set<string> {
  const schema = tr.doc.type.schema;
  const { insertion, deletion, modification } = schema.marks;
  const found = new Set<string>();
  for (const type of [insertion, deletion, modification]) for (const m of markedNodes(tr.doc, type, chosen)) found.add(idOf(m.mark));
  if (!found.size) return found;

  const removeContentOf = decision === 'accept' ? deletion : insertion;
  const unmark = decision === 'accept' ? insertion : deletion;

  // Modifications first, while every position is still the original one (they never move content).
  for (const { pos, node, mark } of markedNodes(tr.doc, modification, chosen)) {
    if (decision === 'reject') revertModification(tr, pos, node, mark);
    else if (node.isInline) tr.removeMark(pos, pos + node.nodeSize, mark);
    else tr.removeNodeMark(pos, mark);
  }
  // Then the content that goes, last first so earlier positions stay valid.
  for (const s of coveredStretches(tr.doc, removeContentOf, chosen).reverse()) tr.delete(s.from, s.to);
  // Then the marks that are taken off what stays, and the anchors they leave.
  for (const { pos, node, mark } of markedNodes(tr.doc, unmark, chosen).reverse()) {
    if (node.isInline) {
      tr.removeMark(pos, pos + node.nodeSize, mark);
      const text = node.text ?? '';
      for (let i = text.length - 1; i >= 0; i--) if (text[i] === ANCHOR_SPACE) tr.delete(pos + i, pos + i + 1);
    } else tr.removeNodeMark(pos, mark);
  }
  // The editor always keeps one block to type in.
  if (tr.doc.childCount === 0) tr.insert(0, schema.nodes.paragraph.create());
  return found;
}

/** Ids of pending suggestions (in the body or on fields) that a filter picks. */
export interface SuggestionFilter {
  ids?: Iterable<string>;
  author?: string;
  /** Suggestions with a mark overlapping this range of the document. */
  range?: { from: number; to: number };
}

export function pickSuggestions(doc: PMNode, review: Review, filter: SuggestionFilter = {}): Set<string> {
  const ids = filter.ids ? new Set(filter.ids) : null;
  const inRange = new Set<string>();
  if (filter.range) {
    const { from, to } = filter.range;
    const { insertion, deletion, modification } = doc.type.schema.marks;
    doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node) => {
      for (const m of node.marks) if (m.type === insertion || m.type === deletion || m.type === modification) inRange.add(idOf(m));
      return true;
    });
  }
  const picked = new Set<string>();
  const candidates = new Set<string>([...Object.keys(review.suggestions), ...inRange]);
  doc.descendants((node) => {
    for (const m of node.marks) if (['insertion', 'deletion', 'modification'].includes(m.type.name)) candidates.add(idOf(m));
    return true;
  });
  for (const id of candidates) {
    const meta = review.suggestions[id];
    if (meta && meta.status !== 'pending') continue;
    if (ids && !ids.has(id)) continue;
    if (filter.author !== undefined && (meta?.author ?? '') !== filter.author) continue;
    if (filter.range && !inRange.has(id)) continue;
    picked.add(id);
  }
  return picked;
}

/** The review maps after a decision: the decided suggestions record who decided and when. */
export function recordDecision(review: Review, ids: Iterable<string>, decision: Decision, reviewer: string, at: string): Review {
  const suggestions = { ...review.suggestions };
  for (const id of ids) {
    const s = suggestions[id];
    if (!s || s.status !== 'pending') continue;
    suggestions[id] = { ...s, status: decision === 'accept' ? 'accepted' : 'rejected', reviewer, reviewedAt: at };
  }
  return { ...review, suggestions };
}
