import { createHash } from 'node:crypto';
import { newArticle, type Article } from '../../../../src/shared/article/model';
import { parseArticle } from '../../../../src/shared/article/file-format';

/** An article with a headline and body paragraphs: `article('a1', 'Council votes', 'First para.')`. */
export function article(id: string, headline: string, ...paragraphs: string[]): Article {
  return {
    ...newArticle({ id, now: '2024-05-01T09:00:00.000Z', headline, byline: 'Desk' }),
    body: { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
  };
}

export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Parses article text the way the library does, failing the test with the parser's reason. */
export function mustParse(text: string): Article {
  const r = parseArticle(text);
  if (!r.ok) throw new Error(`article does not parse: ${r.error.message}`);
  return r.article;
}
