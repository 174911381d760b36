import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { Fragment, type Mark, type MarkType, type Node as PMNode, type Slice } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, Transform } from '@tiptap/pm/transform';
import { newSuggestionId, suggestionIdAuthor } from '../ids';
import { changedBlocks } from '../article/changed-blocks';
import { decideInDocument, markFromJson, restore } from './decide';

/**
 * Suggestion mode: a transaction the writer meant to apply, rewritten so that it only proposes the
 * change. Text and structure go through prosemirror-suggest-changes (inserted content marked
 * `insertion`, deleted content kept and marked `deletion`, a block's type or attributes recorded as a
 * `modification`). A change of formatting or of a quotation's source is ours: the library would
 * record it as the words deleted and typed again, which is not what an editor did, so the words stay
 * and an inline `modification` mark remembers the mark they had before (`previousValue`).
 *
 * Comments are not suggestions: a transaction that only adds or removes comment or suggestion marks
 * (a comment added, a decision applied) passes through as it is.
 */

/** Marks whose change on text is recorded as a modification: formatting, links, quotations, claims. */
export const FORMAT_MARKS = new Set(['bold', 'italic', 'strike', 'link', 'quotation', 'claim']);
/** Marks that are review bookkeeping, never themselves suggested. */
const BOOKKEEPING_MARKS = new Set(['comment', 'insertion', 'deletion', 'modification']);

export interface SuggestionAuthor {
  /** The display name from settings: it becomes part of each id, and the metadata's author. */
  name: string;
  now?: () => Date;
  /**
   * Who made each pending suggestion (from `review.suggestions`). The library gives new text the id
   * of a suggestion it touches; with this, text one author adds beside another's suggestion gets an
   * id of its own, so it is never filed under the other author's name.
   */
  ownerOf?: (id: string) => string | undefined;
}

/** A minting function for one transaction: each call gives a new id from the author and the time. */
export function suggestionIds(author: SuggestionAuthor): () => string {
  let sequence = 0;
  const now = author.now ?? (() => new Date());
  return () => newSuggestionId(author.name, now(), sequence++);
}

const markSteps = (tr: Transaction) => tr.steps.every((s) => s instanceof AddMarkStep || s instanceof RemoveMarkStep);
const stepMarkName = (s: unknown) => ((s as AddMarkStep | RemoveMarkStep).mark as Mark).type.name;

/** Rewrites `tr` (made on `state`) as a suggestion by `author`. Returns `tr` itself when there is nothing to suggest. */
export function suggestTransaction(tr: Transaction, state: EditorState, author: SuggestionAuthor): Transaction {
  if (!tr.docChanged) return tr;
  if (markSteps(tr)) {
    const names = tr.steps.map(stepMarkName);
    if (names.every((n) => BOOKKEEPING_MARKS.has(n))) return tr;
    if (names.every((n) => FORMAT_MARKS.has(n) || BOOKKEEPING_MARKS.has(n))) return suggestFormatting(tr, state, suggestionIds(author));
  }
  const next = suggestionIds(author);
  const suggested = transformToSuggestionTransaction(tr, state, () => next());
  if (isStructural(tr) && !faithful(state.doc, tr.doc, suggested.doc)) return keepIntendedSelection(tr, blockSuggestion(state, tr, next()));
  const own = absorbIntoOwnBlocks(author.ownerOf ? ownMarks(state.doc, suggested, author, next) : suggested, author);
  return keepIntendedSelection(tr, isBlockMove(tr) || isSectionMerge(tr) ? oneMove(state.doc, own) : own);
}

/**
 * Two steps that take a closed stretch of whole blocks out and then put a closed slice in
 * somewhere: the shape of a section moved or merged. Null for any other transaction.
 */
function relocation(tr: Transaction): { removed: Slice; from: number; to: number; inserted: Fragment } | null {
  if (tr.steps.length !== 2 || !tr.steps.every((st) => st instanceof ReplaceStep)) return null;
  const [out, back] = tr.steps as ReplaceStep[];
  const { from, to, slice: gone } = out as unknown as { from: number; to: number; slice: Slice };
  const { slice } = back as unknown as { slice: Slice };
  if (gone.size !== 0 || slice.openStart || slice.openEnd) return null;
  return { removed: tr.docs[0].slice(from, to), from, to, inserted: slice.content };
}

/** A move of whole blocks (a section up or down): the same blocks put back elsewhere. */
function isBlockMove(tr: Transaction): boolean {
  const r = relocation(tr);
  return !!r && r.removed.openStart === 0 && r.removed.openEnd === 0 && r.removed.content.childCount > 0 && r.removed.content.eq(r.inserted);
}

/**
 * A section merged into the one before: the whole section taken out, its words put back at the end
 * of the previous section (its title as a paragraph). One change, like a move.
 */
function isSectionMerge(tr: Transaction): boolean {
  const r = relocation(tr);
  const section = r && tr.docs[0].nodeAt(r.from);
  if (!r || section?.type.name !== 'section' || r.from + section.nodeSize !== r.to) return false;
  let words = '';
  r.inserted.forEach((block) => void (words += block.textContent));
  return words === section.textContent;
}

/**
 * A move suggested as the blocks struck through where they were and inserted where they go, under
 * one id, so it is one change to accept or reject (the library gives the two halves an id each).
 */
function oneMove(before: PMNode, tr: Transaction): Transaction {
  const { insertion, deletion } = tr.doc.type.schema.marks;
  const existing = new Set<string>();
  before.descendants((n) => {
    for (const m of n.marks) if (m.type === insertion || m.type === deletion) existing.add(String(m.attrs.id));
  });
  const fresh = { insertion: new Set<string>(), deletion: new Set<string>() };
  tr.doc.descendants((n) => {
    for (const m of n.marks) {
      const id = String(m.attrs.id);
      if (existing.has(id)) continue;
      if (m.type === insertion) fresh.insertion.add(id);
      if (m.type === deletion) fresh.deletion.add(id);
    }
  });
  if (fresh.insertion.size !== 1 || fresh.deletion.size !== 1) return tr;
  const [id] = fresh.insertion;
  const [old] = fresh.deletion;
  const marked: { pos: number; end: number; mark: Mark; inline: boolean }[] = [];
  tr.doc.descendants((n, pos) => {
    const m = n.marks.find((x) => x.type === deletion && String(x.attrs.id) === old);
    if (m) marked.push({ pos, end: pos + n.nodeSize, mark: m, inline: n.isInline });
  });
  for (const { pos, end, mark, inline } of marked) {
    const renamed = deletion.create({ ...mark.attrs, id });
    if (inline) tr.removeMark(pos, end, mark).addMark(pos, end, renamed);
    else tr.removeNodeMark(pos, mark).addNodeMark(pos, renamed);
  }
  return tr;
}

/**
 * Words an author types into a block they themselves suggested in (the title of their new section,
 * their new pull quote) are part of that suggestion, not one of their own: accepting or rejecting
 * the block takes or drops them with it, and the review lists the block once.
 */
function absorbIntoOwnBlocks(tr: Transaction, author: SuggestionAuthor): Transaction {
  const blocks = changedBlocks(tr);
  const { insertion } = tr.doc.type.schema.marks;
  if (!blocks || !insertion) return tr;
  const mine = (id: string) => {
    const owner = author.ownerOf?.(id);
    return owner === undefined ? suggestionIdAuthor(id) === suggestionIdAuthor(newSuggestionId(author.name)) : owner === author.name;
  };
  const loose: { from: number; to: number; mark: Mark }[] = [];
  const walk = (node: PMNode, pos: number, inOwnBlock: string | null) => {
    const own = node.isBlock ? node.marks.find((m) => m.type === insertion && mine(String(m.attrs.id))) : undefined;
    const block = own ? String(own.attrs.id) : inOwnBlock;
    if (node.isText) {
      const m = node.marks.find((x) => x.type === insertion);
      if (m && block && String(m.attrs.id) !== block && mine(String(m.attrs.id))) loose.push({ from: pos, to: pos + node.nodeSize, mark: m });
      return;
    }
    node.forEach((child, offset) => walk(child, pos + 1 + offset, block));
  };
  for (const [from, to] of blocks) tr.doc.nodesBetween(from, to, (node, pos) => (walk(node, pos, null), false));
  for (const { from, to, mark } of loose) tr.removeMark(from, to, mark);
  return tr;
}

/**
 * Where the edit meant the cursor to go (into the title of the section just added, into a new pull
 * quote), it goes there in the suggestion too. When the suggestion only marks what the edit added,
 * both documents have the same shape and positions; otherwise (deleted words kept, struck through)
 * the cursor goes into the same block, found by its id.
 */
function keepIntendedSelection(tr: Transaction, suggested: Transaction): Transaction {
  if (!tr.selectionSet) return suggested;
  if (suggested.doc.content.size !== tr.doc.content.size) return intoSameBlock(tr, suggested);
  const { anchor, head } = tr.selection;
  try {
    const $anchor = suggested.doc.resolve(anchor);
    const $head = suggested.doc.resolve(head);
    if ($head.parent.type !== tr.doc.resolve(head).parent.type || !$head.parent.inlineContent) return suggested;
    return suggested.setSelection(TextSelection.between($anchor, $head));
  } catch {
    return suggested;
  }
}

/**
 * When the suggestion keeps more than the edit left (the struck-through blocks of a split section
 * stay until decided), the cursor goes into the same block the edit put it in, found by the id of
 * the nearest block around it that has one (a new section, a pull quote), at the same offset.
 */
function intoSameBlock(tr: Transaction, suggested: Transaction): Transaction {
  const { $head, anchor, head } = tr.selection;
  const deletion = suggested.doc.type.schema.marks.deletion;
  for (let depth = $head.depth; depth > 0; depth--) {
    const block = $head.node(depth);
    const id = block.attrs.id as unknown;
    if (typeof id !== 'string' || !id) continue;
    // Only a block the edit made (a section split off, a pull quote added): in any other, offsets differ by the words kept struck through.
    if (hasBlock(tr.docs[0], block.type, id)) return suggested;
    let start = -1;
    suggested.doc.descendants((n, pos) => {
      if (start >= 0) return false;
      if (n.type === block.type && n.attrs.id === id && !n.marks.some((m) => m.type === deletion)) start = pos + 1;
      return start < 0;
    });
    if (start < 0) return suggested;
    try {
      const $h = suggested.doc.resolve(start + head - $head.start(depth));
      const $a = suggested.doc.resolve(start + anchor - $head.start(depth));
      if ($h.parent.type !== $head.parent.type || !$h.parent.inlineContent) return suggested;
      return suggested.setSelection(TextSelection.between($a, $h));
    } catch {
      return suggested;
    }
  }
  return suggested;
}

function hasBlock(doc: PMNode, type: PMNode['type'], id: string): boolean {
  let found = false;
  doc.descendants((n) => {
    if (n.type === type && n.attrs.id === id) found = true;
    return !found && !n.isTextblock;
  });
  return found;
}

/** Re-marks, with an id of `author`'s own, what this transaction marked with another author's suggestion id. */
function ownMarks(before: PMNode, tr: Transaction, author: SuggestionAuthor, nextId: () => string): Transaction {
  const start = before.content.findDiffStart(tr.doc.content);
  const end = before.content.findDiffEnd(tr.doc.content);
  if (start === null || !end) return tr;
  const { insertion, deletion } = tr.doc.type.schema.marks;
  const invert = tr.mapping.invert();
  // Content this transaction added, in its final positions: old marks there say nothing about it.
  const added: { from: number; to: number }[] = [];
  tr.mapping.maps.forEach((map, i) =>
    map.forEach((_a, _b, from, to) => {
      for (const later of tr.mapping.maps.slice(i + 1)) {
        from = later.map(from, 1);
        to = later.map(to, -1);
      }
      if (to > from) added.push({ from, to });
    }),
  );
  const fixes: { from: number; to: number; old: Mark; type: MarkType }[] = [];
  tr.doc.nodesBetween(start, Math.max(start, end.b), (node, pos) => {
    for (const m of node.marks) {
      if (m.type !== insertion && m.type !== deletion) continue;
      const owner = author.ownerOf!(String(m.attrs.id));
      if (owner === undefined || owner === author.name) continue;
      const nodeEnd = pos + node.nodeSize;
      const fix = (from: number, to: number) => fixes.push({ from, to, old: m, type: m.type });
      if (!node.isInline) {
        const was = before.nodeAt(invert.map(pos, 1));
        if (added.some((r) => r.from <= pos && r.to >= nodeEnd) || !(was && m.isInSet(was.marks))) fix(pos, nodeEnd);
        continue;
      }
      // Text nodes merge: look at each stretch, new words and old words that had no such mark before.
      let at = pos;
      for (const r of [...added.filter((r) => r.to > pos && r.from < nodeEnd), { from: nodeEnd, to: nodeEnd }]) {
        const gapEnd = Math.max(at, Math.min(r.from, nodeEnd));
        if (gapEnd > at) {
          const oldFrom = invert.map(at, 1);
          before.nodesBetween(oldFrom, oldFrom + (gapEnd - at), (old, oldPos) => {
            if (!old.isText || m.isInSet(old.marks)) return true;
            const a = Math.max(oldFrom, oldPos);
            const b = Math.min(oldFrom + (gapEnd - at), oldPos + old.nodeSize);
            if (b > a) fix(at + (a - oldFrom), at + (b - oldFrom));
            return true;
          });
        }
        if (r.to > r.from) fix(Math.max(pos, r.from), Math.min(nodeEnd, r.to));
        at = Math.max(at, Math.min(nodeEnd, r.to));
      }
    }
    return true;
  });
  if (!fixes.length) return tr;
  const id = nextId();
  for (const f of fixes) {
    if (tr.doc.nodeAt(f.from)?.isInline) tr.removeMark(f.from, f.to, f.old).addMark(f.from, f.to, f.type.create({ id }));
    else tr.removeNodeMark(f.from, f.old).addNodeMark(f.from, f.type.create({ id }));
  }
  return tr;
}

/** Steps that change more than the text of one block: only these can trip the library up, so only these are checked. */
function isStructural(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (step instanceof ReplaceAroundStep) return true;
    if (!(step instanceof ReplaceStep)) return false;
    const doc = tr.docs[i];
    const { from, to, slice } = step as unknown as { from: number; to: number; slice: { openStart: number; openEnd: number; content: Fragment } };
    if (slice.openStart > 0 || slice.openEnd > 0) return true;
    let blocks = false;
    slice.content.forEach((n) => (blocks ||= !n.isInline));
    return blocks || doc.resolve(from).parent !== doc.resolve(to).parent;
  });
}

function decideAll(doc: PMNode, decision: 'accept' | 'reject'): PMNode {
  const t = new Transform(doc);
  decideInDocument(t, decision, () => true);
  return t.doc;
}

/**
 * Whether accepting the suggestion gives what the edit gave and rejecting it gives the text before.
 * Not always so: the library puts inserted blocks after the deleted ones, which `block* section*`
 * cannot hold when a section was deleted, so the inserted paragraph gets wrapped in a new section.
 */
function faithful(before: PMNode, direct: PMNode, suggested: PMNode): boolean {
  return decideAll(suggested, 'accept').eq(decideAll(direct, 'accept')) && decideAll(suggested, 'reject').eq(decideAll(before, 'reject'));
}

/**
 * The coarse, always-correct suggestion: the top-level blocks the edit changed are kept, marked
 * deleted, and the blocks it made are added beside them, marked inserted, in an order the schema
 * allows. Used only where the library's finer suggestion would not give back the edit.
 */
function blockSuggestion(state: EditorState, tr: Transaction, id: string): Transaction {
  const { insertion, deletion } = state.schema.marks;
  const old = state.doc;
  const now = tr.doc;
  let start = 0;
  while (start < old.childCount && start < now.childCount && old.child(start).eq(now.child(start))) start++;
  let end = 0;
  while (end < old.childCount - start && end < now.childCount - start && old.child(old.childCount - 1 - end).eq(now.child(now.childCount - 1 - end))) end++;
  const removed: PMNode[] = [];
  const added: PMNode[] = [];
  for (let i = start; i < old.childCount - end; i++) {
    const n = old.child(i);
    // A block someone suggested in and this edit takes out again is simply gone, as the library does it.
    if (!insertion.isInSet(n.marks)) removed.push(n.mark(deletion.create({ id }).addToSet(n.marks)));
  }
  for (let i = start; i < now.childCount - end; i++) added.push(now.child(i).mark(insertion.create({ id }).addToSet(now.child(i).marks)));
  const isSection = (n: PMNode) => n.type.name === 'section';
  const orders = [
    [...removed, ...added],
    [...added, ...removed],
    [...removed.filter((n) => !isSection(n)), ...added.filter((n) => !isSection(n)), ...removed.filter(isSection), ...added.filter(isSection)],
  ];
  let from = 0;
  for (let i = 0; i < start; i++) from += old.child(i).nodeSize;
  let to = old.content.size;
  for (let i = 0; i < end; i++) to -= old.child(old.childCount - 1 - i).nodeSize;
  const prefix: PMNode[] = [];
  const suffix: PMNode[] = [];
  old.forEach((n, _o, i) => (i < start ? prefix : i >= old.childCount - end ? suffix : []).push(n));
  const order = orders.find((o) => old.type.validContent(Fragment.from([...prefix, ...o, ...suffix]))) ?? orders[0];
  const out = state.tr.replaceWith(from, to, order);
  const firstAdded = added[0] ? order.indexOf(added[0]) : -1;
  let at = from;
  for (let i = 0; i < Math.max(0, firstAdded); i++) at += order[i].nodeSize;
  out.setSelection(TextSelection.near(out.doc.resolve(Math.min(at + 1, out.doc.content.size))));
  return out;
}

function markOf(type: MarkType, marks: readonly Mark[]): Mark | null {
  return marks.find((m) => m.type === type) ?? null;
}

const sameMark = (a: Mark | null, b: Mark | null) => (a === null ? b === null : b !== null && a.eq(b));

/** Calls `visit` for each stretch of text in [from, to) over which neither document's marks change. */
function eachStretch(before: PMNode, after: PMNode, from: number, to: number, visit: (a: number, b: number, old: readonly Mark[], now: readonly Mark[]) => void): void {
  after.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true;
    const s = Math.max(from, pos);
    const e = Math.min(to, pos + node.nodeSize);
    before.nodesBetween(s, e, (old, oldPos) => {
      if (!old.isText) return true;
      const a = Math.max(s, oldPos);
      const b = Math.min(e, oldPos + old.nodeSize);
      if (a < b) visit(a, b, old.marks, node.marks);
      return false;
    });
    return false;
  });
}

/**
 * Formatting and source changes, kept as modifications: the new marks are applied, and each stretch
 * remembers the mark of each changed type it had before the first pending change (so bold then
 * unbold leaves no suggestion at all).
 */
function suggestFormatting(tr: Transaction, state: EditorState, nextId: () => string): Transaction {
  const schema = state.schema;
  const { insertion, deletion, modification } = schema.marks;
  const out = state.tr;
  for (const step of tr.steps) out.step(step);
  let from = Infinity;
  let to = -Infinity;
  for (const s of tr.steps as (AddMarkStep | RemoveMarkStep)[]) {
    from = Math.min(from, s.from);
    to = Math.max(to, s.to);
  }
  const types = [...new Set((tr.steps as (AddMarkStep | RemoveMarkStep)[]).map((s) => s.mark.type))].filter((t) => FORMAT_MARKS.has(t.name));
  const id = nextId();
  const changes: { a: number; b: number; apply: (t: Transform) => void }[] = [];
  eachStretch(state.doc, out.doc, from, to, (a, b, old, now) => {
    // Formatting one's own suggested insertion is part of that insertion.
    if (markOf(insertion, old)) return;
    for (const type of types) {
      const was = markOf(type, old);
      const is = markOf(type, now);
      if (sameMark(was, is)) continue;
      if (markOf(deletion, old)) {
        // Words already suggested out keep their marks.
        changes.push({ a, b, apply: (t) => restore(t, a, b, type, was) });
        continue;
      }
      const pending = old.find((m) => m.type === modification && m.attrs.attrName === type.name) ?? null;
      const original = pending ? markFromJson(state.doc, pending.attrs.previousValue) : was;
      changes.push({
        a,
        b,
        apply: (t) => {
          if (pending) t.removeMark(a, b, pending);
          if (sameMark(original, is)) return;
          t.addMark(a, b, modification.create({
            id: pending ? pending.attrs.id : id,
            type: 'mark',
            attrName: type.name,
            previousValue: original ? original.toJSON() : null,
            newValue: is ? is.toJSON() : null,
          }));
        },
      });
    }
  });
  for (const c of changes) c.apply(out);
  // Keep what the transaction said about selection, stored marks and its meta.
  if (tr.selectionSet) out.setSelection(tr.selection.map(out.doc, out.mapping));
  if (tr.storedMarksSet) out.setStoredMarks(tr.storedMarks);
  if (tr.scrolledIntoView) out.scrollIntoView();
  return out;
}
