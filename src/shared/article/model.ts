import { z } from 'zod';
import { Review, emptyReview } from './review-model';

/**
 * The article file format version this build writes. Files with a higher number open read-only;
 * version 1 files are migrated when read (see file-format.ts) and saved as this version.
 */
export const SCHEMA_VERSION = 2;

/** The desk's workflow, in the order a story moves through it; `killed` can be reached from any stage. */
export const ARTICLE_STATUSES = ['draft', 'ready-for-edit', 'in-edit', 'copy-desk', 'ready-to-publish', 'published', 'killed'] as const;
export const ArticleStatus = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

/** Version 1 status names that changed in version 2; the others kept their names. */
export const V1_STATUS_RENAMES: Readonly<Record<string, ArticleStatus>> = { editing: 'in-edit', ready: 'ready-to-publish' };

export const STANDINGS = ['on-record', 'background', 'anonymous'] as const;
export const Standing = z.enum(STANDINGS);
export type Standing = z.infer<typeof Standing>;

export const SOURCE_KINDS = ['person', 'organisation', 'document'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** A person, organisation or document quoted in an article. `contact` and `notes` are private: never exported. */
export const Source = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(500),
  title: z.string().max(500).default(''),
  affiliation: z.string().max(500).default(''),
  kind: SourceKind.default('person'),
  standing: Standing.default('on-record'),
  /** How the text describes an anonymous or background source, e.g. "a senior official who asked not to be named". */
  anonymousDescription: z.string().max(1000).default(''),
  /** Why anonymity was granted (newsroom policy asks for one). */
  anonymityReason: z.string().max(2000).default(''),
  contact: z.string().max(2000).default(''),
  notes: z.string().max(20000).default(''),
  verified: z.boolean().default(false),
});
export type Source = z.infer<typeof Source>;

export const CLAIM_STATUSES = ['unverified', 'verified', 'disputed'] as const;
export const ClaimStatus = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof ClaimStatus>;

/** A checkable statement; the body marks its words with a `claim` mark carrying the same id. */
export const Claim = z.object({
  id: z.string().min(1).max(200),
  status: ClaimStatus.default('unverified'),
  evidence: z.string().max(20000).default(''),
  link: z.string().max(2000).default(''),
});
export type Claim = z.infer<typeof Claim>;

/** ProseMirror/TipTap JSON. Structure is checked against the editor schema separately (see schema/validate). */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1).max(100), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);

export const LEGAL_STATES = ['not-needed', 'required', 'cleared'] as const;
export const LegalState = z.enum(LEGAL_STATES);
export type LegalState = z.infer<typeof LegalState>;

/** The lawyer's read: "needs legal" → "cleared by …". `clearedBy`/`clearedAt` are set only when cleared. */
export const LegalRead = z.object({
  state: LegalState.default('not-needed'),
  clearedBy: z.string().max(500).default(''),
  clearedAt: z.string().max(100).nullable().default(null),
});
export type LegalRead = z.infer<typeof LegalRead>;

/** A failed gate item the user chose to publish past, with why; who and when are the log entry's. */
export const GateOverride = z.object({
  rule: z.string().min(1).max(100),
  /** Which of the rule's items (a claim id, a field…); empty for every item of the rule. */
  key: z.string().max(500).default(''),
  /** The checklist sentence as it stood when it was overridden. */
  message: z.string().max(2000).default(''),
  reason: z.string().min(1).max(2000),
});
export type GateOverride = z.infer<typeof GateOverride>;

/** One hand-off: a status change, by whom (the display name in settings), when, with an optional note. */
export const StatusChange = z.object({
  id: z.string().min(1).max(200),
  by: z.string().max(500).default(''),
  at: z.string().max(100),
  from: ArticleStatus,
  to: ArticleStatus,
  note: z.string().max(5000).default(''),
  overrides: z.array(GateOverride).default([]),
  /** Absent for a status change; 'final-export' for an export made past failed checklist items (from = to). */
  event: z.literal('final-export').optional(),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** The article's own language, as a BCP 47 tag; what exports declare unless told otherwise. */
export const DEFAULT_LANGUAGE = 'en-US';

export const Article = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1).max(200),
  headline: z.string().max(2000).default(''),
  dek: z.string().max(5000).default(''),
  byline: z.string().max(2000).default(''),
  dateline: z.string().max(2000).default(''),
  slug: z.string().max(200).default(''),
  status: ArticleStatus.default('draft'),
  /** The team the story belongs to (metro, business, sport…). */
  desk: z.string().max(200).default(''),
  /** Who the story is assigned to now, by display name. */
  assignee: z.string().max(500).default(''),
  language: z.string().max(50).default(DEFAULT_LANGUAGE),
  /** The length the editor asked for, in words; null when none was set. */
  wordTarget: z.number().int().positive().max(1_000_000).nullable().default(null),
  legal: LegalRead.default({ state: 'not-needed', clearedBy: '', clearedAt: null }),
  /** Not to be published before this time (ISO 8601); null when there is no embargo. */
  embargo: z.string().max(100).nullable().default(null),
  createdAt: z.string().max(100),
  updatedAt: z.string().max(100),
  body: DocNodeSchema,
  sources: z.array(Source).default([]),
  claims: z.array(Claim).default([]),
  /** Every status change, oldest first. */
  statusLog: z.array(StatusChange).default([]),
  review: Review.default(emptyReview),
});
export type Article = z.infer<typeof Article>;

/** The fields of an article the library view needs (to list, filter and group), without its body. */
export const ArticleSummary = z.object({
  id: z.string(),
  file: z.string(),
  headline: z.string(),
  slug: z.string(),
  byline: z.string(),
  status: ArticleStatus,
  desk: z.string(),
  assignee: z.string(),
  createdAt: z.string(),
  hasUnverifiedClaims: z.boolean(),
  openComments: z.number().int().nonnegative(),
  pendingSuggestions: z.number().int().nonnegative(),
  wordCount: z.number().int().nonnegative(),
  updatedAt: z.string(),
  /** File modification time, ms since epoch. */
  modifiedMs: z.number(),
  /** Content hash of the file bytes, so external edits are detected by content, not mtime alone. */
  hash: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A file in the library that could not be opened, with the reason in words a journalist understands. */
export const BadFile = z.object({
  file: z.string(),
  reason: z.string(),
  readOnly: z.boolean().default(false),
});
export type BadFile = z.infer<typeof BadFile>;

export function emptyBody(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function newArticle(init: { id: string; now: string; byline?: string; headline?: string }): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: init.id,
    headline: init.headline ?? '',
    dek: '',
    byline: init.byline ?? '',
    dateline: '',
    slug: '',
    status: 'draft',
    ...version2Defaults(),
    createdAt: init.now,
    updatedAt: init.now,
    body: emptyBody(),
    sources: [],
    claims: [],
  };
}

type Version2Fields = 'desk' | 'assignee' | 'language' | 'wordTarget' | 'legal' | 'embargo' | 'statusLog' | 'review';

/** The fields file format 2 added, as an article nobody has set them on has them: no desk, no target, no legal read, no review. */
export function version2Defaults(): Pick<Article, Version2Fields> {
  return {
    desk: '',
    assignee: '',
    language: DEFAULT_LANGUAGE,
    wordTarget: null,
    legal: { state: 'not-needed', clearedBy: '', clearedAt: null },
    embargo: null,
    statusLog: [],
    review: emptyReview(),
  };
}
