import type { DocNode } from '../article/model';
import { eachNode, nodeSize } from '../analysis/doc-walk';
import type { DocRange } from '../analysis/target';
import type { SuggestionKind } from '../article/review-model';

import { SUGGESTION_MARK_NAMES, type SuggestionMarkName as SuggestionMarkType } from '../schema/review-marks';

const isSuggestionMark = (t: string): t is SuggestionMarkType => (SUGGESTION_MARK_NAMES as readonly string[]).includes(t);

/** The words a comment is pinned to, wherever its mark runs (it may cover several paragraphs). */
export interface CommentAnchor {
  id: string;
  ranges: DocRange[];
  /** The marked words; separate stretches are joined by a line break. */
  text: string;
}

/** What a modification mark records: a formatting mark or a block's attribute or type changed. */
export interface Modification {
  /** True for a mark on text (formatting, a quotation's source); false for a block's attribute, type or mark. */
  inline: boolean;
  type: string;
  attrName: string | null;
  previousValue: unknown;
  newValue: unknown;
}

/** One suggestion as the body shows it: every stretch its marks cover, what it inserts and deletes. */
export interface SuggestionAnchor {
  id: string;
  marks: Set<SuggestionMarkType>;
  ranges: DocRange[];
  inserted: string;
  deleted: string;
  /** Whole blocks (paragraphs, sections, images…) inserted or deleted as such. */
  blocks: number;
  /** The titles of whole sections it inserts and deletes (a move has one of each; a merge only deletes one). */
  sectionsInserted: string[];
  sectionsDeleted: string[];
  modifications: Modification[];
}

export interface ReviewAnchors {
  /** In document order of their first word. */
  comments: Map<string, CommentAnchor>;
  suggestions: Map<string, SuggestionAnchor>;
}

/** Mark ids are strings here; files written by other tools may hold numbers. */
export function markId(attrs: Record<string, unknown> | undefined): string | null {
  const id = attrs?.id;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  return null;
}

// The zero-width spaces suggest-changes leaves to anchor a change at a block boundary are not words.
const ANCHOR_SPACE = /\u200B/g;

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join(node.content?.some((c) => c.type !== 'text') ? '\n' : '');
}

function addRange(ranges: DocRange[], from: number, to: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.to === from) last.to = to;
  else ranges.push({ from, to });
}

/** Every comment and suggestion anchored in the body, with positions, in one walk. */
export function reviewAnchors(body: DocNode): ReviewAnchors {
  const comments = new Map<string, CommentAnchor & { parts: string[] }>();
  const suggestions = new Map<string, SuggestionAnchor>();

  const suggestion = (id: string): SuggestionAnchor => {
    let s = suggestions.get(id);
    if (!s) {
      s = { id, marks: new Set(), ranges: [], inserted: '', deleted: '', blocks: 0, sectionsInserted: [], sectionsDeleted: [], modifications: [] };
      suggestions.set(id, s);
    }
    return s;
  };

  // Where a block carries an insertion or deletion, its words are counted once, not again for its text's own marks.
  const counted = new Map<string, number>();
  const visitMarks = (node: DocNode, from: number, to: number, inline: boolean): void => {
    for (const m of node.marks ?? []) {
      const id = markId(m.attrs);
      if (id === null) continue;
      if (m.type === 'comment' && inline) {
        let c = comments.get(id);
        if (!c) {
          c = { id, ranges: [], text: '', parts: [] };
          comments.set(id, c);
        }
        const last = c.ranges[c.ranges.length - 1];
        if (last && last.to === from) c.parts[c.parts.length - 1] += textOf(node);
        else c.parts.push(textOf(node));
        addRange(c.ranges, from, to);
      } else if (isSuggestionMark(m.type)) {
        const s = suggestion(id);
        s.marks.add(m.type);
        addRange(s.ranges, from, to);
        const key = `${m.type}\u0000${id}`;
        if ((m.type === 'insertion' || m.type === 'deletion') && !((counted.get(key) ?? -1) > from)) {
          const words = textOf(node).replace(ANCHOR_SPACE, '');
          if (m.type === 'insertion') s.inserted += words;
          else s.deleted += words;
          if (!inline) counted.set(key, to);
          if (node.type === 'section') (m.type === 'insertion' ? s.sectionsInserted : s.sectionsDeleted).push(textOf(node.content?.[0] ?? { type: 'text', text: '' }));
        }
        if (!inline && m.type !== 'modification') s.blocks++;
        if (m.type === 'modification') {
          const a = m.attrs ?? {};
          s.modifications.push({
            inline,
            type: String(a.type ?? ''),
            attrName: typeof a.attrName === 'string' ? a.attrName : null,
            previousValue: a.previousValue ?? null,
            newValue: a.newValue ?? null,
          });
        }
      }
    }
  };

  eachNode(body, (node, pos) => visitMarks(node, pos, pos + nodeSize(node), node.type === 'text' || node.type === 'hardBreak'));
  for (const c of comments.values()) {
    c.text = c.parts.join('\n');
    delete (c as Partial<typeof c>).parts;
  }
  return { comments, suggestions };
}

/** The kind the review panel files a suggestion under, from the marks it left in the body. */
export function suggestionKindOf(anchor: SuggestionAnchor): SuggestionKind {
  const inlineMod = anchor.modifications.find((m) => m.inline);
  if (anchor.marks.has('insertion') && anchor.marks.has('deletion')) return 'replacement';
  if (anchor.marks.has('insertion')) return 'insertion';
  if (anchor.marks.has('deletion')) return 'deletion';
  if (inlineMod) return inlineMod.attrName === 'quotation' ? 'source' : 'format';
  return 'structure';
}
