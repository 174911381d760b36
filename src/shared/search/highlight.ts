import { foldForSearch } from './fold';
import type { HighlightTerm } from './query';

/** A stretch of text to highlight, in UTF-16 offsets: `text.slice(start, end)`. */
export interface TextRange {
  start: number;
  end: number;
}

/** Text with its matched words marked for highlighting. */
export interface MarkedText {
  text: string;
  highlights: TextRange[];
}

/**
 * The index marks matched words with these two private-use characters. Article text cannot carry
 * them into a snippet, because `withoutMarkers` removes them before anything is indexed.
 */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

export function withoutMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

/** Splits marked text into plain text and the offsets of its marked stretches (an unclosed mark runs to the end). */
export function unmark(marked: string): MarkedText {
  const highlights: TextRange[] = [];
  let text = '';
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) {
      if (open < 0) open = text.length;
    } else if (ch === MARK_CLOSE) {
      if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
      open = -1;
    } else text += ch;
  }
  if (open >= 0 && text.length > open) highlights.push({ start: open, end: text.length });
  return { text, highlights };
}

const WORD = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/**
 * Where the search's words stand in any text (the editor's body, a headline), compared the way the
 * index compares them: "martinez" finds "Martínez". For opening an article at its first match.
 */
export function highlightRanges(text: string, terms: readonly HighlightTerm[]): TextRange[] {
  if (terms.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = foldForSearch(m[0]);
    if (terms.some((t) => (t.prefix ? word.startsWith(t.word) : word === t.word))) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}
