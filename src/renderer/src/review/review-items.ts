import type { DocRange } from '../../../shared/analysis/target';
import type { CommentThread, Review, Suggestion, SuggestionKind } from '../../../shared/article/review-model';
import { suggestionKindOf, type ReviewAnchors, type SuggestionAnchor } from '../../../shared/review/anchors';
import { isLive } from '../../../shared/review/counts';

/** One line of the Review panel: a comment thread or a pending suggestion, with where it is in the body. */
export type ReviewItem =
  | { type: 'comment'; id: string; thread: CommentThread; range: DocRange | null; text: string }
  | { type: 'suggestion'; id: string; suggestion: Suggestion | null; kind: SuggestionKind; author: string; range: DocRange | null; anchor: SuggestionAnchor | null };

export type ReviewFilterKind = 'all' | 'open' | 'resolved' | 'suggestions';

const startOf = (i: ReviewItem) => (i.range ? i.range.from : i.type === 'suggestion' ? -1 : Infinity);

/**
 * Everything to review, in document order: field suggestions first (they sit above the body), then
 * comments and suggestions by their first word, then threads whose words were deleted.
 */
export function reviewItems(review: Review, anchors: ReviewAnchors): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const thread of Object.values(review.threads)) {
    const anchor = anchors.comments.get(thread.id);
    items.push({ type: 'comment', id: thread.id, thread, range: anchor?.ranges[0] ?? null, text: anchor?.text || thread.quote });
  }
  for (const s of Object.values(review.suggestions)) {
    if (!isLive(s, anchors)) continue;
    const anchor = anchors.suggestions.get(s.id) ?? null;
    items.push({ type: 'suggestion', id: s.id, suggestion: s, kind: s.kind, author: s.author, range: anchor?.ranges[0] ?? null, anchor });
  }
  // Marks with no metadata (another tool's file): still shown, so they can be decided.
  for (const anchor of anchors.suggestions.values()) {
    if (review.suggestions[anchor.id]) continue;
    items.push({ type: 'suggestion', id: anchor.id, suggestion: null, kind: suggestionKindOf(anchor), author: '', range: anchor.ranges[0] ?? null, anchor });
  }
  return items.sort((a, b) => startOf(a) - startOf(b));
}

export function itemAuthor(i: ReviewItem): string {
  return i.type === 'comment' ? i.thread.author : i.author;
}

export function filterItems(items: ReviewItem[], author: string | null, kind: ReviewFilterKind): ReviewItem[] {
  return items.filter((i) => {
    if (author !== null && itemAuthor(i) !== author) return false;
    if (kind === 'suggestions') return i.type === 'suggestion';
    if (kind === 'open') return i.type === 'comment' && i.thread.resolvedAt === null;
    if (kind === 'resolved') return i.type === 'comment' && i.thread.resolvedAt !== null;
    return true;
  });
}

/** What still waits for someone: open comments and pending suggestions. */
export function waitingCount(items: ReviewItem[]): number {
  return items.filter((i) => i.type === 'suggestion' || i.thread.resolvedAt === null).length;
}
