import type { CommentReply, CommentThread, Review } from '../article/review-model';

/**
 * Comment threads as operations on the review maps, with the rules the panel enforces: anyone can
 * comment, reply, resolve and reopen (without having to reply); only the author of a comment or a
 * reply can edit or delete it. Each returns the new review, or a sentence saying why not. The
 * anchor (a `comment` mark with the thread's id) is the editor's business.
 */

export type CommentResult = { ok: true; review: Review } | { ok: false; reason: string };

const notYours = (what: string): CommentResult => ({ ok: false, reason: `Only the person who wrote this ${what} can change or delete it.` });
const missing: CommentResult = { ok: false, reason: 'That comment is no longer in this article.' };

function withThread(review: Review, thread: CommentThread): CommentResult {
  return { ok: true, review: { ...review, threads: { ...review.threads, [thread.id]: thread } } };
}

/** A new thread on `quote` (the words selected), by `author`. */
export function addThread(review: Review, t: { id: string; author: string; at: string; body: string; quote: string }): CommentResult {
  if (!t.body.trim()) return { ok: false, reason: 'Write the comment first.' };
  return withThread(review, { ...t, editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null });
}

export function reply(review: Review, threadId: string, r: { id: string; author: string; at: string; body: string }): CommentResult {
  const t = review.threads[threadId];
  if (!t) return missing;
  if (!r.body.trim()) return { ok: false, reason: 'Write the reply first.' };
  const entry: CommentReply = { ...r, editedAt: null };
  return withThread(review, { ...t, replies: { ...t.replies, [r.id]: entry } });
}

/** Edits the thread's first comment (no `replyId`) or one reply; only by its author. */
export function editComment(review: Review, threadId: string, by: string, body: string, at: string, replyId?: string): CommentResult {
  const t = review.threads[threadId];
  if (!t) return missing;
  if (replyId === undefined) return t.author === by ? withThread(review, { ...t, body, editedAt: at }) : notYours('comment');
  const r = t.replies[replyId];
  if (!r) return missing;
  return r.author === by ? withThread(review, { ...t, replies: { ...t.replies, [replyId]: { ...r, body, editedAt: at } } }) : notYours('reply');
}

export function resolve(review: Review, threadId: string, by: string, at: string): CommentResult {
  const t = review.threads[threadId];
  return t ? withThread(review, { ...t, resolvedBy: by, resolvedAt: at }) : missing;
}

export function reopen(review: Review, threadId: string): CommentResult {
  const t = review.threads[threadId];
  return t ? withThread(review, { ...t, resolvedBy: null, resolvedAt: null }) : missing;
}

/** Deletes a whole thread (its author only) or one reply (that reply's author only). */
export function deleteComment(review: Review, threadId: string, by: string, replyId?: string): CommentResult {
  const t = review.threads[threadId];
  if (!t) return missing;
  if (replyId === undefined) {
    if (t.author !== by) return notYours('comment');
    const threads = { ...review.threads };
    delete threads[threadId];
    return { ok: true, review: { ...review, threads } };
  }
  const r = t.replies[replyId];
  if (!r) return missing;
  if (r.author !== by) return notYours('reply');
  const replies = { ...t.replies };
  delete replies[replyId];
  return withThread(review, { ...t, replies });
}

/** Replies in the order they were written. */
export function repliesInOrder(t: CommentThread): CommentReply[] {
  return Object.values(t.replies).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
