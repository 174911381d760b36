import { searchTokens } from './fold';

/**
 * The search box's language, turned into an SQLite FTS5 expression that can never be a syntax error:
 * every word the user typed reaches FTS5 inside double quotes, so `NEAR(`, `AND`, `*`, `:` or a stray
 * quote are only ever words or nothing. What the box understands:
 *
 *   ferry fares          both words, anywhere (accents and case do not matter)
 *   "late ferry"         the words next to each other, in this order
 *   ferr*                words starting with "ferr"
 *   -fares, NOT fares    articles without the word
 *   ferry OR boat        either
 *   headline:ferry       in one field: headline, dek, byline, body, section (titles), source, claim
 */

/** The index's text columns, in the order the FTS5 table declares them. */
export const INDEX_COLUMNS = ['headline', 'dek', 'byline', 'body', 'sections', 'sources', 'claims'] as const;
export type IndexColumn = (typeof INDEX_COLUMNS)[number];

/** The field prefixes a user can type, and the column each searches. */
export const SEARCH_FIELDS: Record<string, IndexColumn> = {
  headline: 'headline',
  dek: 'dek',
  byline: 'byline',
  body: 'body',
  section: 'sections',
  source: 'sources',
  claim: 'claims',
};
const FIELD_NAMES = Object.keys(SEARCH_FIELDS);

/** Longer input is cut here: no one types more, and FTS5 cost grows with every term. */
export const MAX_QUERY_CHARS = 1000;
export const MAX_QUERY_TERMS = 32;

export interface QueryTerm {
  field: IndexColumn | null;
  /** The words as typed (FTS5 folds case and accents itself). */
  words: string[];
  /** The last word is a prefix (`ferr*`). */
  prefix: boolean;
  negated: boolean;
}

/** A word to highlight: folded, and whether longer words starting with it count. */
export interface HighlightTerm {
  word: string;
  prefix: boolean;
}

export interface ParsedQuery {
  /** Alternatives (OR); within one, every term must hold. */
  groups: QueryTerm[][];
  /** What a result must match, as an FTS5 expression; null when nothing is asked for positively. */
  match: string | null;
  /** When `match` is null: what results must not match (a query of exclusions only lists everything else). */
  exclude: string | null;
  /** `match` restricted to the headline, to rank headline matches first. */
  headlineMatch: string | null;
  /** The positive words, for highlighting matches in text the index did not mark (the editor, opening at a match). */
  highlight: HighlightTerm[];
  /** What the user should know about how the query was read, in sentences. */
  notices: string[];
}

// Control characters (NUL included) are never part of a word and could confuse a terminal or a log.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const FIELD_PREFIX = /^([A-Za-z]+):(?=\S)/;

interface Lexed {
  terms: (QueryTerm | 'OR')[];
  notices: string[];
}

/** Splits the input into terms and OR separators; never fails, whatever the input. */
function lex(input: string): Lexed {
  const notices: string[] = [];
  let text = input.replace(CONTROL, ' ');
  if (text.length > MAX_QUERY_CHARS) {
    text = text.slice(0, MAX_QUERY_CHARS);
    notices.push(`Only the first ${MAX_QUERY_CHARS.toLocaleString('en')} characters of the search were used.`);
  }
  const terms: (QueryTerm | 'OR')[] = [];
  const unknownFields = new Set<string>();
  let negateNext = false;
  let unclosed = false;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    let negated = negateNext;
    negateNext = false;
    if (text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1])) {
      negated = true;
      i++;
    }
    let field: IndexColumn | null = null;
    let raw = '';
    const fieldMatch = FIELD_PREFIX.exec(text.slice(i, i + 40));
    if (fieldMatch) {
      const name = fieldMatch[1].toLowerCase();
      if (FIELD_NAMES.includes(name)) field = SEARCH_FIELDS[name];
      else {
        // Not a field we know: the word and what follows are searched as typed ("http://…", "10:30").
        unknownFields.add(fieldMatch[1]);
        raw = fieldMatch[0];
      }
      i += fieldMatch[0].length;
    }
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      const close = text.indexOf('"', i + 1);
      if (close < 0) unclosed = true;
      const end = close < 0 ? text.length : close;
      raw += text.slice(i + 1, end);
      i = close < 0 ? text.length : close + 1;
    } else {
      const start = i;
      while (i < text.length && !/\s/.test(text[i]) && !(text[i] === '"' && i > start)) i++;
      raw += text.slice(start, i);
    }
    let prefix = false;
    if (text[i] === '*') {
      prefix = true; // "late ferr"* : a phrase whose last word is a prefix.
      i++;
    } else if (!quoted && raw.endsWith('*')) prefix = true;

    if (!quoted && !field && !negated && (raw === 'OR' || raw === 'AND' || raw === 'NOT')) {
      if (raw === 'OR') terms.push('OR');
      if (raw === 'NOT') negateNext = true;
      continue;
    }
    const words = raw.split(/[^\p{L}\p{N}\p{Co}\p{M}]+/u).filter(Boolean);
    if (words.length === 0) continue; // Punctuation alone ("*", "(", "—") searches for nothing.
    terms.push({ field, words, prefix, negated });
  }
  if (unclosed) notices.push('The closing quotation mark is missing: the words after the opening one were searched as a phrase.');
  for (const name of unknownFields) {
    notices.push(`There is no “${name}:” field, so it was searched as ordinary words. Fields: ${FIELD_NAMES.map((f) => `${f}:`).join(' ')}.`);
  }
  return { terms, notices };
}

function phrase(term: QueryTerm): string {
  // Words hold only letters, digits and marks (the quote character separates them), so no escaping is needed.
  const p = `"${term.words.join(' ')}"${term.prefix ? ' *' : ''}`;
  return term.field ? `${term.field} : ${p}` : p;
}

function conjunction(terms: QueryTerm[]): string | null {
  const positive = terms.filter((t) => !t.negated).map(phrase);
  const negative = terms.filter((t) => t.negated).map(phrase);
  if (positive.length === 0) return null;
  const all = positive.length === 1 ? positive[0] : `(${positive.join(' AND ')})`;
  return negative.length ? `${all} NOT (${negative.join(' OR ')})` : all;
}

/** Reads a search-box query. Never throws; anything it cannot use is dropped with a notice, or searched as words. */
export function parseQuery(input: string): ParsedQuery {
  const { terms: lexed, notices } = lex(input);
  let kept = 0;
  const groups: QueryTerm[][] = [[]];
  for (const t of lexed) {
    if (t === 'OR') {
      if (groups[groups.length - 1].length) groups.push([]);
      continue;
    }
    if (kept++ >= MAX_QUERY_TERMS) continue;
    groups[groups.length - 1].push(t);
  }
  if (kept > MAX_QUERY_TERMS) notices.push(`Only the first ${MAX_QUERY_TERMS} words or phrases were used.`);
  const nonEmpty = groups.filter((g) => g.length);

  const parts: string[] = [];
  for (const g of nonEmpty) {
    const c = conjunction(g);
    if (c) parts.push(nonEmpty.length > 1 ? `(${c})` : c);
  }
  const match: string | null = parts.length ? parts.join(' OR ') : null;
  let exclude: string | null = null;
  if (!match && nonEmpty.length === 1) {
    exclude = nonEmpty[0].map(phrase).join(' OR ');
  } else if (nonEmpty.length > 1 && parts.length < nonEmpty.length) {
    notices.push('A part of the OR search that only excludes words was left out: say what to look for in each part.');
  }
  const positive = nonEmpty.flat().filter((t) => !t.negated);
  const highlight: HighlightTerm[] = [];
  for (const t of positive) {
    const folded = t.words.flatMap(searchTokens);
    folded.forEach((word, n) => highlight.push({ word, prefix: t.prefix && n === folded.length - 1 }));
  }
  return {
    groups: nonEmpty,
    match,
    exclude,
    headlineMatch: match ? `headline : (${match})` : null,
    highlight,
    notices,
  };
}
