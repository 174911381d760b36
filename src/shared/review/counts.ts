import type { Article } from '../article/model';
import type { Suggestion } from '../article/review-model';
import { reviewAnchors, type ReviewAnchors } from './anchors';

/**
 * Whether a suggestion still waits for a decision: pending, and still in the article (a field
 * suggestion always is; a body suggestion while its marks are in the text: an insertion its own
 * author deleted again leaves nothing to decide).
 */
export function isLive(s: Suggestion, anchors: ReviewAnchors): boolean {
  return s.status === 'pending' && (s.kind === 'field' ? s.field !== null : anchors.suggestions.has(s.id));
}

/** What the library list and the gate count: unresolved comments and suggestions waiting for a decision. */
export function reviewCounts(article: Article, anchors: ReviewAnchors = reviewAnchors(article.body)): { openComments: number; pendingSuggestions: number } {
  const openComments = Object.values(article.review.threads).filter((t) => t.resolvedAt === null).length;
  const pendingSuggestions = Object.values(article.review.suggestions).filter((s) => isLive(s, anchors)).length;
  return { openComments, pendingSuggestions };
}
