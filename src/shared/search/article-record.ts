import { sourceName } from '../article/labels';
import type { Article, DocNode } from '../article/model';
import { bodyWordCount } from '../article/text';
import { analyseClaims } from '../analysis/claims';
import { markedSpans, textBlocks } from '../analysis/doc-walk';
import { reviewCounts } from '../review/counts';
import { personKey } from './fold';
import { withoutMarkers } from './highlight';
import type { IndexColumn } from './query';

/** A source as the index keeps it: what is public about them. Contact details and notes never get here. */
export interface IndexedSource {
  id: string;
  /** `personKey(name)`: the same person across articles whatever their id; empty when unnamed. */
  key: string;
  /** The name, or how the text describes an unnamed source. */
  name: string;
  title: string;
  affiliation: string;
  standing: string;
}

/** Words marked as said by a source, in body order. */
export interface IndexedQuotation {
  sourceId: string | null;
  quotationId: string | null;
  /** Order among the article's quotations, from 0: with the id, enough for the editor to find it again. */
  index: number;
  text: string;
}

/** Everything the index stores of one article: searchable text per column, filterable facts, sources and quotations. */
export interface ArticleRecord {
  id: string;
  headline: string;
  dek: string;
  byline: string;
  slug: string;
  status: string;
  desk: string;
  assignee: string;
  createdAt: string;
  updatedAt: string;
  words: number;
  unverifiedClaims: number;
  openComments: number;
  pendingSuggestions: number;
  text: Record<IndexColumn, string>;
  sources: IndexedSource[];
  quotations: IndexedQuotation[];
}

const IMAGE_TEXT = ['caption', 'credit', 'alt'] as const;

function imageText(node: DocNode, out: string[]): void {
  if (node.type === 'image') for (const a of IMAGE_TEXT) if (typeof node.attrs?.[a] === 'string') out.push(node.attrs[a] as string);
  for (const c of node.content ?? []) imageText(c, out);
}

/**
 * What search knows of an article, read from the parsed file alone. Body text includes pull quotes and
 * image captions; section titles are their own column so `section:` can ask for them. Desk, assignee,
 * open comments and pending suggestions are file format 2's, counted as the library list counts them.
 */
export function articleRecord(article: Article): ArticleRecord {
  const blocks = textBlocks(article.body);
  const body: string[] = [];
  const sections: string[] = [];
  for (const b of blocks) (b.type === 'sectionTitle' ? sections : body).push(b.text);
  imageText(article.body, body);

  // Counted as the Claims panel and the status bar count them.
  const claims = analyseClaims(article);
  const claimText = claims.claims.filter((c) => c.inBody).map((c) => c.text);
  const unverifiedClaims = claims.counts.unverified;

  const sources: IndexedSource[] = article.sources.map((s) => ({
    id: s.id,
    key: personKey(s.name),
    name: sourceName(s, ''),
    title: s.title,
    affiliation: s.affiliation,
    standing: s.standing,
  }));
  const quotations: IndexedQuotation[] = markedSpans(blocks, 'quotation', 'id', 'sourceId').map((span, index) => {
    const sourceId = span.attrs.sourceId;
    return { sourceId: typeof sourceId === 'string' && sourceId !== '' ? sourceId : null, quotationId: span.id, index, text: span.text };
  });

  const clean = (parts: string[]) => withoutMarkers(parts.filter(Boolean).join('\n'));
  return {
    id: article.id,
    headline: article.headline,
    dek: article.dek,
    byline: article.byline,
    slug: article.slug,
    status: String(article.status),
    desk: article.desk,
    assignee: article.assignee,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    words: bodyWordCount(article.body),
    unverifiedClaims,
    ...reviewCounts(article),
    text: {
      headline: clean([article.headline]),
      dek: clean([article.dek]),
      byline: clean([article.byline]),
      body: clean(body),
      sections: clean(sections),
      sources: clean(sources.map((s) => [s.name, s.title, s.affiliation].filter(Boolean).join(', '))),
      claims: clean(claimText),
    },
    sources,
    quotations,
  };
}
