import type { Article } from '../article/model';
import { bodyHtml } from './html';
import { publishArticle, type PublishedArticle } from './published';

/**
 * IPTC ninjs ("News in JSON") for handing a story to a wire or CMS. 3.1 is the default; 2.2 is the
 * same document with the all-lower-case property names that version used.
 */
export type NinjsVersion = '2.2' | '3.1';
export const NINJS_VERSIONS: readonly NinjsVersion[] = ['3.1', '2.2'];

const SCHEMA_URI: Record<NinjsVersion, string> = {
  '2.2': 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#',
  '3.1': 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
};

const PUB_STATUS: Record<Article['status'], 'usable' | 'withheld' | 'canceled'> = {
  draft: 'withheld',
  'ready-for-edit': 'withheld',
  'in-edit': 'withheld',
  'copy-desk': 'withheld',
  'ready-to-publish': 'usable',
  published: 'usable',
  killed: 'canceled',
};

/** A stable URI for the story: the article id is its identity across versions, as ninjs asks. */
export function articleUri(id: string): string {
  return `urn:copydesk:article:${encodeURIComponent(id)}`;
}

function ninjs31(p: PublishedArticle): Record<string, unknown> {
  const n: Record<string, unknown> = {
    uri: articleUri(p.id),
    standard: { name: 'ninjs', version: '3.1', schema: SCHEMA_URI['3.1'] },
    type: 'text',
    representationType: 'full',
    // Articles keep no revision counter, so the last-modified time names the version.
    version: p.updatedAt ?? '1',
  };
  if (p.createdAt) n.firstCreated = p.createdAt;
  if (p.updatedAt) n.versionCreated = p.updatedAt;
  n.pubStatus = PUB_STATUS[p.status];
  n.language = p.language;
  if (p.slug) n.slugline = p.slug;
  n.headlines = [{ role: 'main', contentType: 'text/plain', value: p.headline }];
  if (p.dek) n.descriptions = [{ role: 'summary', contentType: 'text/plain', value: p.dek }];
  if (p.byline) n.by = p.byline;
  if (p.authors.length) n.people = p.authors.map((name) => ({ name, rel: 'author' }));
  if (p.located) n.located = p.located;
  n.bodies = [{ role: 'main', contentType: 'text/html', charCount: p.charCount, wordCount: p.wordCount, value: bodyHtml(p) }];
  return n;
}

/** ninjs 2.x spelled every property name in lower case (`versioncreated`, `contenttype`, …). */
function lowerCaseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(lowerCaseKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, val]) => [k.toLowerCase(), lowerCaseKeys(val)]));
  }
  return v;
}

export function articleNinjs(article: Article, options: { version?: NinjsVersion; language?: string } = {}): Record<string, unknown> {
  const version = options.version ?? '3.1';
  const doc = ninjs31(publishArticle(article, { language: options.language }));
  if (version === '3.1') return doc;
  const old = lowerCaseKeys(doc) as Record<string, unknown>;
  old.standard = { name: 'ninjs', version: '2.2', schema: SCHEMA_URI['2.2'] };
  return old;
}

/** The ninjs document as file text: pretty-printed, newline-terminated, deterministic. */
export function renderArticleNinjs(article: Article, options: { version?: NinjsVersion; language?: string } = {}): string {
  return JSON.stringify(articleNinjs(article, options), null, 2) + '\n';
}
