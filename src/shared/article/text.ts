import type { DocNode } from './model';

/** Block nodes whose text is separated from the next block's by a break when flattened. */
const INLINE_CONTAINERS = new Set(['paragraph', 'sectionTitle', 'pullQuote', 'heading', 'codeBlock', 'imageCaption']);

/** Plain text of a node, blocks separated by blank lines. Pull quotes are repeats, so they can be left out. */
export function nodeText(node: DocNode, opts: { skipPullQuotes?: boolean } = {}): string {
  const out: string[] = [];
  const walk = (n: DocNode): void => {
    if (opts.skipPullQuotes && n.type === 'pullQuote') return;
    if (n.type === 'text') {
      out.push(n.text ?? '');
      return;
    }
    if (n.type === 'hardBreak') {
      out.push('\n');
      return;
    }
    for (const c of n.content ?? []) walk(c);
    if (INLINE_CONTAINERS.has(n.type)) out.push('\n\n');
  };
  walk(node);
  return out.join('').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Words as a newsroom counts them: runs of letters or digits, with inner apostrophes, hyphens,
 * periods and commas kept in the word ("don't", "well-known", "3.5", "1,200").
 */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}\p{M}]+(?:['’\-.,][\p{L}\p{N}\p{M}]+)*/gu);
  return m ? m.length : 0;
}

/** Word count of the body text an article reader would see (pull quotes repeat body text, so are not counted). */
export function bodyWordCount(body: DocNode): number {
  return countWords(nodeText(body, { skipPullQuotes: true }));
}
