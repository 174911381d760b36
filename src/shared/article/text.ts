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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Per BMP character: 0 not looked at yet, 1 part of words, 2 not. Counting is on every save and every listing. */
const wordCharCache = new Uint8Array(0x10000);
const JOINERS = new Set([0x27, 0x2019, 0x2d, 0x2e, 0x2c]); // ' ’ - . ,

/** The length (1 or 2 code units) of the word character at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c < 0xd800 || c > 0xdfff) {
    if (wordCharCache[c] === 0) wordCharCache[c] = WORD_CHAR.test(text[i]) ? 1 : 2;
    return wordCharCache[c] === 1 ? 1 : 0;
  }
  const cp = text.codePointAt(i)!;
  const len = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(String.fromCodePoint(cp)) ? len : 0;
}

/**
 * Words as a newsroom counts them: runs of letters or digits, with inner apostrophes, hyphens,
 * periods and commas kept in the word ("don't", "well-known", "3.5", "1,200"). A hand-written scan:
 * the regular expression that defines it (in tests/unit/article/word-count.test.ts, which checks they
 * agree) took most of the time of indexing a library.
 */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let len = wordCharAt(text, i);
    if (!len) {
      i++;
      continue;
    }
    count++;
    for (;;) {
      while (len) {
        i += len;
        len = i < n ? wordCharAt(text, i) : 0;
      }
      // A joiner between two word characters keeps the word going.
      if (i + 1 < n && JOINERS.has(text.charCodeAt(i)) && (len = wordCharAt(text, i + 1))) i++;
      else break;
    }
  }
  return count;
}

/** Word count of the body text an article reader would see (pull quotes repeat body text, so are not counted). */
export function bodyWordCount(body: DocNode): number {
  return countWords(nodeText(body, { skipPullQuotes: true }));
}
