import type { DocNode } from '../article/model';
import { countWords, nodeText } from '../article/text';
import { nodeSize } from './doc-walk';
import type { DocRange } from './target';

/**
 * One line of the outline sidebar. Word counts include the section's title and leave out pull quotes,
 * so the lines add up to the article's word count.
 */
export type OutlineEntry =
  | { kind: 'intro'; words: number; range: DocRange }
  | { kind: 'section'; index: number; id: string | null; title: string; words: number; range: DocRange };

/** The intro (free blocks before the first section, if any) and each section, in order. */
export function sectionOutline(body: DocNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const intro: DocNode[] = [];
  let introEnd = 0;
  let pos = 0;
  let index = 0;
  for (const child of body.content ?? []) {
    const size = nodeSize(child);
    const range = { from: pos, to: pos + size };
    if (child.type === 'section') {
      const titleNode = child.content?.[0]?.type === 'sectionTitle' ? child.content[0] : undefined;
      const id = typeof child.attrs?.id === 'string' && child.attrs.id !== '' ? child.attrs.id : null;
      const title = titleNode ? nodeText(titleNode) : '';
      entries.push({ kind: 'section', index: index++, id, title, words: countWords(nodeText(child, { skipPullQuotes: true })), range });
    } else if (index === 0) {
      intro.push(child);
      introEnd = range.to;
    }
    pos += size;
  }
  if (intro.length) {
    const words = countWords(nodeText({ type: 'doc', content: intro }, { skipPullQuotes: true }));
    entries.unshift({ kind: 'intro', words, range: { from: 0, to: introEnd } });
  }
  return entries;
}
