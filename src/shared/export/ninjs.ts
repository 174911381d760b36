import type { Article } from '../article/model';
import { decodeDataImage } from './escape';
import { bodyHtml } from './html';
import { publishArticle, type Block, type PublishedArticle } from './published';
import { IMAGE_TYPES, imageDimensions } from '../images/image-check';

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

type PictureBlock = Extract<Block, { kind: 'image' }>;

/** Every picture of the published body in reading order, in lists and block quotes too. */
function pictures(p: PublishedArticle): PictureBlock[] {
  const out: PictureBlock[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'image') out.push(b);
      else if (b.kind === 'blockquote') walk(b.blocks);
      else if (b.kind === 'list') b.items.forEach(walk);
    }
  };
  walk(p.lead);
  p.sections.forEach((s) => walk(s.blocks));
  return out;
}

/**
 * A picture as a ninjs association, so a CMS can list and place it without reading the body: its
 * caption and alt text as descriptions, the credit as `by`, and the embedded file as its rendition.
 */
function pictureAssociation(p: PublishedArticle, b: PictureBlock, n: number): Record<string, unknown> {
  const a: Record<string, unknown> = { name: `picture-${n}`, rel: 'picture', uri: `${articleUri(p.id)}:picture:${n}`, type: 'picture' };
  if (b.credit) a.by = b.credit;
  const descriptions = [
    b.caption && { role: 'caption', contentType: 'text/plain', value: b.caption },
    b.alt && { role: 'alt', contentType: 'text/plain', value: b.alt },
  ].filter(Boolean);
  if (descriptions.length) a.descriptions = descriptions;
  const embedded = decodeDataImage(b.src);
  if (embedded) {
    const size = imageDimensions(embedded.bytes, embedded.mediaType);
    a.renditions = [
      {
        name: 'original',
        href: b.src,
        contentType: IMAGE_TYPES[embedded.mediaType].mime,
        ...(size ? { width: size.width, height: size.height } : {}),
        sizeInBytes: embedded.bytes.length,
      },
    ];
  }
  return a;
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
  const associations = pictures(p).map((b, i) => pictureAssociation(p, b, i + 1));
  if (associations.length) n.associations = associations;
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
  // 2.2 associations had no `rel`.
  if (Array.isArray(old.associations)) old.associations = old.associations.map(({ rel: _rel, ...rest }: Record<string, unknown>) => rest);
  return old;
}

/** The ninjs document as file text: pretty-printed, newline-terminated, deterministic. */
export function renderArticleNinjs(article: Article, options: { version?: NinjsVersion; language?: string } = {}): string {
  return JSON.stringify(articleNinjs(article, options), null, 2) + '\n';
}
