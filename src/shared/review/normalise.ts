import type { Article } from '../article/model';
import { ClaimWaiver, CommentThread, REVIEW_VERSION, Suggestion, emptyReview, type Review } from '../article/review-model';
import { excerpt } from '../analysis/target';
import { reviewAnchors, suggestionKindOf } from './anchors';

/**
 * Review data arrives from other people's copies of an article, other versions of Copydesk and other
 * tools. Nothing here throws or drops what it can read: each oddity becomes a note for the user,
 * entries this build cannot read are kept verbatim (see `Review.unreadable`) and written back, and
 * anchors and threads that lost each other are reconnected so the review panel can show them.
 */

export type ReviewNoteCode =
  | 'review-unreadable'
  | 'review-newer'
  | 'review-entry-unreadable'
  | 'comment-without-thread'
  | 'thread-without-anchor'
  | 'suggestion-without-metadata';

export interface ReviewNote {
  code: ReviewNoteCode;
  message: string;
}

const REVIEW_MAPS = { threads: CommentThread, suggestions: Suggestion, waivers: ClaimWaiver } as const;
type ReviewMap = keyof typeof REVIEW_MAPS;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the `review` object of an article file leniently: every thread and suggestion that has the
 * shape this build knows is kept, every other one goes to `unreadable` under its place in the file.
 */
export function readReview(raw: unknown): { review: Review; notes: ReviewNote[] } {
  const review = emptyReview();
  const notes: ReviewNote[] = [];
  if (raw === undefined || raw === null) return { review, notes };
  if (!isRecord(raw)) {
    review.unreadable['review'] = raw;
    notes.push({ code: 'review-unreadable', message: 'The comments and suggestions in this file could not be read. They are kept unchanged in the file.' });
    return { review, notes };
  }
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > 0) review.version = version;
  if (review.version > REVIEW_VERSION) {
    notes.push({
      code: 'review-newer',
      message: 'A newer version of Copydesk added review data to this article. Comments and suggestions this version can read are shown; the rest is kept unchanged.',
    });
  }
  if (isRecord(raw.unreadable)) Object.assign(review.unreadable, raw.unreadable);
  let unreadable = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'version' || key === 'unreadable') continue;
    if (!(key in REVIEW_MAPS)) {
      // A map a newer version added: kept whole.
      review.unreadable[key] = value;
      continue;
    }
    if (!isRecord(value)) {
      review.unreadable[key] = value;
      unreadable++;
      continue;
    }
    const schema = REVIEW_MAPS[key as ReviewMap];
    for (const [id, entry] of Object.entries(value)) {
      const parsed = schema.safeParse(isRecord(entry) && key !== 'waivers' ? { ...entry, id } : entry);
      if (parsed.success) (review[key as ReviewMap] as Record<string, unknown>)[id] = parsed.data;
      else {
        review.unreadable[`${key}/${id}`] = entry;
        unreadable++;
      }
    }
  }
  if (unreadable) {
    notes.push({
      code: 'review-entry-unreadable',
      message: `${plural(unreadable, 'comment or suggestion', 'comments or suggestions')} in this file could not be read by this version of Copydesk. They are kept unchanged in the file.`,
    });
  }
  return { review, notes };
}

/** The review object as the file stores it: unreadable entries back in the places they were read from. */
export function reviewForFile(review: Partial<Review> | undefined): Record<string, unknown> {
  // Callers may hand back a review exactly as a file had it (no `unreadable`, maybe no maps): that is fine too.
  const maps: Record<string, Record<string, unknown>> = { threads: { ...review?.threads }, suggestions: { ...review?.suggestions }, waivers: { ...review?.waivers } };
  const out: Record<string, unknown> = { version: review?.version ?? REVIEW_VERSION };
  const leftover: Record<string, unknown> = {};
  for (const [place, value] of Object.entries(review?.unreadable ?? {})) {
    const slash = place.indexOf('/');
    const map = slash > 0 ? maps[place.slice(0, slash)] : undefined;
    const id = place.slice(slash + 1);
    // Something this build can read under the same place wins: it is the newer of the two.
    if (map && !(id in map)) map[id] = value;
    else if (slash < 0 && place in maps && Object.keys(maps[place]).length === 0) maps[place] = value as Record<string, unknown>;
    else if (slash < 0 && !(place in maps) && place !== 'version' && place !== 'unreadable') out[place] = value;
    else leftover[place] = value;
  }
  return { ...out, ...maps, ...(Object.keys(leftover).length ? { unreadable: leftover } : {}) };
}

function hasUnreadable(review: Review, map: string, id: string): boolean {
  return `${map}/${id}` in review.unreadable;
}

/**
 * Reconnects the body's anchors with the review maps: a comment mark whose thread is missing gets an
 * empty thread (its place in the text is kept), a suggestion mark without metadata gets metadata by
 * an unknown author, and open threads whose words are gone are reported as being on deleted text.
 */
export function reconcileReview(article: Article): { article: Article; notes: ReviewNote[] } {
  const notes: ReviewNote[] = [];
  const anchors = reviewAnchors(article.body);
  const threads = { ...article.review.threads };
  const suggestions = { ...article.review.suggestions };

  const orphanComments = [...anchors.comments.values()].filter((c) => !threads[c.id] && !hasUnreadable(article.review, 'threads', c.id));
  for (const c of orphanComments) {
    threads[c.id] = { id: c.id, author: '', at: '', body: '', editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote: c.text };
  }
  if (orphanComments.length) {
    const words = orphanComments.map((c) => `“${excerpt(c.text, 40)}”`).join(', ');
    notes.push({
      code: 'comment-without-thread',
      message: `${plural(orphanComments.length, 'comment mark has', 'comment marks have')} no comment in the file (on ${words}); ${orphanComments.length === 1 ? 'it is' : 'they are'} shown empty so the place in the text is kept.`,
    });
  }

  const detached = Object.values(threads).filter((t) => !anchors.comments.has(t.id) && t.resolvedAt === null);
  if (detached.length) {
    notes.push({
      code: 'thread-without-anchor',
      message: `${plural(detached.length, 'open comment is', 'open comments are')} on text that is no longer in the article; ${detached.length === 1 ? 'it is' : 'they are'} shown as on deleted text, with the words ${detached.length === 1 ? 'it was' : 'they were'} on.`,
    });
  }

  const orphanSuggestions = [...anchors.suggestions.values()].filter((s) => !suggestions[s.id] && !hasUnreadable(article.review, 'suggestions', s.id));
  for (const s of orphanSuggestions) {
    suggestions[s.id] = { id: s.id, author: '', at: '', kind: suggestionKindOf(s), status: 'pending', reviewer: null, reviewedAt: null, field: null, source: null };
  }
  if (orphanSuggestions.length) {
    notes.push({
      code: 'suggestion-without-metadata',
      message: `${plural(orphanSuggestions.length, 'suggested change has', 'suggested changes have')} no record of who made ${orphanSuggestions.length === 1 ? 'it' : 'them'}; shown as by an unknown author, still pending.`,
    });
  }

  if (!orphanComments.length && !orphanSuggestions.length) return { article, notes };
  return { article: { ...article, review: { ...article.review, threads, suggestions } }, notes };
}
