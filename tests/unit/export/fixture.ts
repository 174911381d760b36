import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArticle } from '../../../src/shared/article/file-format';
import { SCHEMA_VERSION, version2Defaults, type Article, type DocNode } from '../../../src/shared/article/model';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const FIXTURES = resolve(ROOT, 'tests', 'fixtures', 'export');
export const RICH_PATH = resolve(FIXTURES, 'rich.article.json');

/** The IPTC schemas live in the sibling shared/ folder (beside the clone, on developer machines and CI alike). */
export const NINJS_SCHEMAS = resolve(ROOT, '..', 'shared', 'ninjs');
export const HAVE_NINJS_SCHEMAS = existsSync(resolve(NINJS_SCHEMAS, 'ninjs-schema_3.1.json'));

export function loadArticle(path = RICH_PATH): Article {
  const r = parseArticle(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path}: ${r.error.message}`);
  return r.article;
}

/** Strings the rich fixture keeps in private fields (contact, notes, evidence, an anonymous source's identity). */
export const PRIVATE_MARKERS = ['PRIVATE-', 'SECRET-', 'Gareth', 'Pryce', '7700', 'Anchor pub', 'UNCITED-NAME', 'lose his job'];

// Small document builder, so a test reads as the article it describes.
export const text = (t: string, ...marks: NonNullable<DocNode['marks']>): DocNode => (marks.length ? { type: 'text', text: t, marks } : { type: 'text', text: t });
export const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
export const section = (title: string, ...blocks: DocNode[]): DocNode => ({
  type: 'section',
  content: [{ type: 'sectionTitle', content: [text(title)] }, ...blocks],
});

export function articleWith(fields: Partial<Article>): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    ...version2Defaults(),
    id: 'test-article',
    headline: 'Test headline',
    dek: '',
    byline: 'By A Reporter',
    dateline: '',
    slug: 'test',
    status: 'draft',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    body: doc(p(text('Body.'))),
    sources: [],
    claims: [],
    ...fields,
  };
}
