import { z } from 'zod';

/**
 * The review data an article carries: comment threads and the metadata of suggested changes. Both
 * are plain maps keyed by id, never arrays or references into the body, so the same data can later
 * live in a shared Yjs document (a Y.Map per map) unchanged and two copies merge key by key. The
 * body holds only the anchors: a `comment` mark or a suggestion mark carrying the same id.
 * Objects are loose: fields a newer Copydesk adds are kept as they are and written back.
 */

/** The review format this build writes; a file with a higher number keeps what this build cannot read. */
export const REVIEW_VERSION = 1;

const Id = z.string().min(1).max(200);
const Name = z.string().max(500);
const Time = z.string().max(100);
const Body = z.string().max(20000);
/** Who wrote an entry and when: the display name from settings and an ISO time. */
const authored = { id: Id, author: Name, at: Time };

export const CommentReply = z.looseObject({
  ...authored,
  body: Body,
  editedAt: Time.nullable().default(null),
});
export type CommentReply = z.infer<typeof CommentReply>;

export const CommentThread = z.looseObject({
  ...authored,
  body: Body,
  editedAt: Time.nullable().default(null),
  /** Keyed by reply id; shown in order of `at`. */
  replies: z.record(Id, CommentReply).default({}),
  resolvedBy: Name.nullable().default(null),
  resolvedAt: Time.nullable().default(null),
  /**
   * The words the anchor was on, kept up to date while they are in the text, so a thread whose
   * words were deleted can still say what it was about ("on deleted text: …").
   */
  quote: z.string().max(5000).default(''),
});
export type CommentThread = z.infer<typeof CommentThread>;

/**
 * What a suggestion changes, as the review panel names it. Text kinds are anchored by insertion and
 * deletion marks, `format` and `source` by an inline modification mark (a formatting mark or a
 * quotation's source changed, without retyping the words), `structure` by a node modification
 * (a block's type or attribute), and `field` by nothing in the body: the proposed value is here.
 */
export const SUGGESTION_KINDS = ['insertion', 'deletion', 'replacement', 'format', 'source', 'structure', 'field'] as const;
export const SuggestionKind = z.enum(SUGGESTION_KINDS);
export type SuggestionKind = z.infer<typeof SuggestionKind>;

export const SUGGESTION_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export const SuggestionStatus = z.enum(SUGGESTION_STATUSES);
export type SuggestionStatus = z.infer<typeof SuggestionStatus>;

/** Article fields a suggestion can propose a new value for (the status has its own hand-off). */
export const SUGGESTABLE_FIELDS = ['headline', 'dek', 'byline', 'dateline', 'slug', 'desk', 'assignee'] as const;
export const SuggestableField = z.enum(SUGGESTABLE_FIELDS);
export type SuggestableField = z.infer<typeof SuggestableField>;

export const FieldChange = z.object({
  name: SuggestableField,
  /** The value when the suggestion was made; the article keeps it until the suggestion is accepted. */
  from: z.string().max(5000),
  to: z.string().max(5000),
});
export type FieldChange = z.infer<typeof FieldChange>;

/** A quotation's source changed or removed: the old and new source ids (null for none). */
export const SourceChange = z.object({
  from: z.string().max(200).nullable(),
  to: z.string().max(200).nullable(),
});
export type SourceChange = z.infer<typeof SourceChange>;

export const Suggestion = z.looseObject({
  ...authored,
  kind: SuggestionKind,
  status: SuggestionStatus.default('pending'),
  /** Who accepted or rejected it, and when. */
  reviewer: Name.nullable().default(null),
  reviewedAt: Time.nullable().default(null),
  field: FieldChange.nullable().default(null),
  source: SourceChange.nullable().default(null),
});
export type Suggestion = z.infer<typeof Suggestion>;

/** A claim the desk publishes unverified on purpose, and why; keyed by the claim's id. */
export const ClaimWaiver = z.looseObject({
  by: Name,
  at: Time,
  reason: z.string().min(1).max(2000),
});
export type ClaimWaiver = z.infer<typeof ClaimWaiver>;

export const Review = z.object({
  version: z.number().int().positive().default(REVIEW_VERSION),
  threads: z.record(Id, CommentThread).default({}),
  suggestions: z.record(Id, Suggestion).default({}),
  waivers: z.record(Id, ClaimWaiver).default({}),
  /**
   * Entries this build could not read (written by a newer Copydesk, or damaged), by their place in
   * the file ("threads/<id>", "suggestions/<id>"), kept exactly as they were so a save loses nothing.
   */
  unreadable: z.record(z.string().max(500), z.unknown()).default({}),
});
export type Review = z.infer<typeof Review>;

export function emptyReview(): Review {
  return { version: REVIEW_VERSION, threads: {}, suggestions: {}, waivers: {}, unreadable: {} };
}
