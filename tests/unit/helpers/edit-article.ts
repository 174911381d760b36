import type { Article } from '../../../src/shared/article/model';

/** A copy of the article whose block at `path` (indexes into the body's content) holds only `text`. */
export function withBlockText(a: Article, path: number[], text: string): Article {
  const body = structuredClone(a.body);
  let node = body;
  for (const i of path) node = node.content![i];
  node.content = [{ type: 'text', text }];
  return { ...a, body };
}
