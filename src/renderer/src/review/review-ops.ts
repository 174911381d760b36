import type { Review } from '../../../shared/article/review-model';
import type { ReviewOp } from '../article/store/document';

/**
 * The document operations that turn one review into another: one per thread or suggestion that
 * changed, so the shared review rules (which return a whole new review) reach the store as
 * key-by-key edits with exact inverses.
 */
export function reviewOps(before: Review, after: Review): ReviewOp[] {
  const ops: ReviewOp[] = [];
  const diff = <T>(a: Record<string, T>, b: Record<string, T>, op: (id: string, value: T | null) => ReviewOp) => {
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) if (a[id] !== b[id]) ops.push(op(id, b[id] ?? null));
  };
  diff(before.threads, after.threads, (id, value) => ({ kind: 'review.thread', id, value }));
  diff(before.suggestions, after.suggestions, (id, value) => ({ kind: 'review.suggestion', id, value }));
  return ops;
}
