import { z } from 'zod';

/** The article file format version this build writes. Files with a higher number open read-only. */
export const SCHEMA_VERSION = 1;

export const ARTICLE_STATUSES = ['draft', 'editing', 'copy-desk', 'ready', 'published', 'killed'] as const;
export const ArticleStatus = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

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

export const Article = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1).max(200),
  headline: z.string().max(2000).default(''),
  dek: z.string().max(5000).default(''),
  byline: z.string().max(2000).default(''),
  dateline: z.string().max(2000).default(''),
  slug: z.string().max(200).default(''),
  status: ArticleStatus.default('draft'),
  createdAt: z.string().max(100),
  updatedAt: z.string().max(100),
  body: DocNodeSchema,
  sources: z.array(Source).default([]),
  claims: z.array(Claim).default([]),
});
export type Article = z.infer<typeof Article>;

/** The fields of an article the library view needs, without its body. */
export const ArticleSummary = z.object({
  id: z.string(),
  file: z.string(),
  headline: z.string(),
  slug: z.string(),
  status: ArticleStatus,
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
    createdAt: init.now,
    updatedAt: init.now,
    body: emptyBody(),
    sources: [],
    claims: [],
  };
}
