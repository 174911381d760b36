import { z } from 'zod';

/** Ceiling on what the box may send; the parser itself uses the first MAX_QUERY_CHARS and says so. */
const MAX_QUERY_INPUT = 20_000;

export const SEARCH_SORTS = ['relevance', 'modified', 'created', 'headline', 'words', 'status'] as const;
export const SearchSort = z.enum(SEARCH_SORTS);
export type SearchSort = z.infer<typeof SearchSort>;

export const INDEX_STATES = ['starting', 'ready', 'updating', 'rebuilding', 'failed'] as const;

/**
 * How far the index is. Anything but `ready` means answers may be incomplete: the UI shows `message`
 * ("Rebuilding the index… 4,200 of 10,000 articles") beside them.
 */
export const IndexStatus = z.object({
  state: z.enum(INDEX_STATES),
  /** Articles in the index now. */
  indexed: z.number().int().nonnegative(),
  /** While updating or rebuilding: files checked so far and in all (null before the folder is listed). */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().nullable(),
  /** Article files that could not be read (they are listed in the library with the reason, and not searchable). */
  unreadable: z.number().int().nonnegative(),
  /** True when the answers reflect every article file. */
  complete: z.boolean(),
  message: z.string(),
});
export type IndexStatus = z.infer<typeof IndexStatus>;

const Text = z.string().max(500);
const IsoDate = z.string().max(40);

export const SearchFilters = z.object({
  status: z.array(Text).max(50).optional(),
  desk: z.array(Text).max(200).optional(),
  assignee: z.array(Text).max(200).optional(),
  byline: z.array(z.string().max(2000)).max(200).optional(),
  /** Inclusive bounds on the article's saved time (`updatedAt`) and creation time, ISO 8601 (a date alone is fine). */
  updatedFrom: IsoDate.optional(),
  updatedTo: IsoDate.optional(),
  createdFrom: IsoDate.optional(),
  createdTo: IsoDate.optional(),
  hasUnverifiedClaims: z.boolean().optional(),
  hasOpenComments: z.boolean().optional(),
  hasPendingSuggestions: z.boolean().optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SearchRequest = z.object({
  /** What was typed in the box; empty lists every article the filters let through. */
  text: z.string().max(MAX_QUERY_INPUT, 'The search is too long.').default(''),
  filters: SearchFilters.default({}),
  sort: SearchSort.default('relevance'),
  /** Default: descending for dates, words and relevance; ascending for headline and status. */
  order: z.enum(['asc', 'desc']).optional(),
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(200).default(50),
  /** Counts per status, desk, assignee and byline for the filter chips. */
  facets: z.boolean().default(true),
});
export type SearchRequest = z.input<typeof SearchRequest>;
export type SearchRequestParsed = z.output<typeof SearchRequest>;

export const SearchTextRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** Where a snippet comes from; `section` is a section title, `source` the source list. */
export const SNIPPET_FIELDS = ['headline', 'dek', 'byline', 'body', 'section', 'source', 'claim'] as const;

export const Snippet = z.object({
  field: z.enum(SNIPPET_FIELDS),
  text: z.string(),
  /** The matched words, as offsets into `text`. */
  highlights: z.array(SearchTextRange),
});
export type Snippet = z.infer<typeof Snippet>;

export const SearchHit = z.object({
  file: z.string(),
  id: z.string(),
  headline: z.string(),
  headlineHighlights: z.array(SearchTextRange),
  dek: z.string(),
  byline: z.string(),
  status: z.string(),
  desk: z.string(),
  assignee: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  modifiedMs: z.number(),
  words: z.number().int().nonnegative(),
  unverifiedClaims: z.number().int().nonnegative(),
  openComments: z.number().int().nonnegative(),
  pendingSuggestions: z.number().int().nonnegative(),
  /** The best passage with the matched words; null when the search had no words (filters only). */
  snippet: Snippet.nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const FacetCount = z.object({ value: z.string(), count: z.number().int().nonnegative() });
export type FacetCount = z.infer<typeof FacetCount>;
export const SearchFacets = z.object({
  status: z.array(FacetCount),
  desk: z.array(FacetCount),
  assignee: z.array(FacetCount),
  byline: z.array(FacetCount),
});
export type SearchFacets = z.infer<typeof SearchFacets>;

export const HighlightTermSchema = z.object({ word: z.string(), prefix: z.boolean() });

export const SearchAnswer = z.object({
  hits: z.array(SearchHit),
  /** Matches in all, for "1–50 of 1,204". */
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  /** Counts over the matches, each ignoring its own filter (so a chip shows what choosing it would give). */
  facets: SearchFacets.nullable(),
  /** The words to highlight when a result is opened (see `highlightRanges`). */
  terms: z.array(HighlightTermSchema),
  /** How the query was read, when it matters ("The closing quotation mark is missing…"). */
  notices: z.array(z.string()),
  index: IndexStatus,
});
export type SearchAnswer = z.infer<typeof SearchAnswer>;

export const QuotedElsewhereRequest = z
  .object({
    /** The source's id (from the article or the source book). */
    sourceId: z.string().max(200).optional(),
    /** The source's name: the same person is found in articles where their id differs. */
    name: z.string().max(500).optional(),
    /** Leave out the article the question is asked from. */
    excludeFile: z.string().max(1000).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .refine((r) => !!r.sourceId?.trim() || !!r.name?.trim(), 'Say which source: its id or its name.');
export type QuotedElsewhereRequest = z.input<typeof QuotedElsewhereRequest>;

export const QuotedElsewhereArticle = z.object({
  file: z.string(),
  headline: z.string(),
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** How the source appears in that article. */
  source: z.object({ id: z.string(), name: z.string(), title: z.string(), affiliation: z.string(), standing: z.string() }),
  /** Found by the same id, or by the same name under another id. */
  matchedBy: z.enum(['id', 'name']),
  quotations: z.array(z.object({ quotationId: z.string().nullable(), index: z.number().int().nonnegative(), text: z.string() })),
});
export type QuotedElsewhereArticle = z.infer<typeof QuotedElsewhereArticle>;

export const QuotedElsewhereAnswer = z.object({
  /** Newest first. */
  articles: z.array(QuotedElsewhereArticle),
  index: IndexStatus,
});
export type QuotedElsewhereAnswer = z.infer<typeof QuotedElsewhereAnswer>;

/** Full-text search over the library, from an index in the data folder that is rebuilt from the files whenever needed. */
export const searchChannels = {
  'search.query': { input: SearchRequest, output: SearchAnswer },
  'search.status': { input: z.object({}), output: IndexStatus },
  /** Every article that quotes a source, with the quotations. */
  'search.quotedElsewhere': { input: QuotedElsewhereRequest, output: QuotedElsewhereAnswer },
  /** Throws the index away and builds it again from the files, in the background; answers at once. */
  'search.rebuild': { input: z.object({}), output: IndexStatus },
} as const;

export const searchEvents = {
  /** The index's state whenever it changes, at most a few times a second while building. */
  'search.progress': IndexStatus,
} as const;
