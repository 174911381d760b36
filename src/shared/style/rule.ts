import type { TextBlock } from '../analysis/doc-walk';
import type { AnalysisWarning, DocRange } from '../analysis/target';
import type { TextEdit } from '../find/edits';
import type { HouseStyle } from './house-style';

export type { TextEdit };

/** What a rule reports inside one block, in offsets of `block.text`. */
export interface RuleHit {
  from: number;
  to: number;
  message: string;
  /** The replacement, where it is safe to apply in one click; omitted where a person must decide. */
  fix?: string;
}

/**
 * One house-style rule: a small module with its data at the top, registered in `rules.ts`. It looks at
 * one block of text at a time (a paragraph, a section title, a pull quote, a list item…).
 */
export interface StyleRule {
  id: string;
  title: string;
  /** One sentence for the Style tab and the house-style file's documentation. */
  description: string;
  check(block: TextBlock, style: HouseStyle): RuleHit[];
}

/** A finding in the body, in the shape the warning lists already show, with its one-click fix if safe. */
export interface StyleFinding extends AnalysisWarning<string> {
  target: { kind: 'text'; range: DocRange };
  /** The words found. */
  text: string;
  fix: TextEdit | null;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'prof', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'etc', 'inc', 'co', 'corp', 'jr', 'sr']);

/** Whether `index` starts a sentence: the block's start, or after . ! ? (not after "Mr." or "Jan."). */
export function startsSentence(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).replace(/[\s“”"‘’'(\[—–-]+$/u, '');
  if (before === '') return true;
  const last = before[before.length - 1];
  if (last === '!' || last === '?') return true;
  if (last !== '.') return false;
  const word = before.slice(0, -1).match(/([\p{L}.]+)$/u)?.[1]?.toLowerCase() ?? '';
  return !ABBREVIATIONS.has(word) && !/^\p{L}$/u.test(word);
}

/** Capitalises the first letter, for a replacement that starts a sentence or replaces a capitalised word. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A string safe to put inside a RegExp literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
