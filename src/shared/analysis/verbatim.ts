/**
 * The verbatim check for pull quotes. A pull quote must repeat the body's words exactly, but not its
 * typography: an editor retyping a line gets straight quotes, a different dash or a non-breaking space,
 * and none of those make the quote inaccurate. Case and every other character stay significant.
 */

/** Text with, for each character, the position in the original it came from (and one past the end). */
export interface MappedText {
  text: string;
  pos: Int32Array;
}

// A base character with its combining marks (or a Hangul jamo syllable), the unit NFC composes.
const COMPOSABLE = /(?:[\u1100-\u115F]+[\u1160-\u11A7]+[\u11A8-\u11FF]*|[^\p{M}])\p{M}*/gsu;
const SPACED_DOTS = /\.\s*\.\s*\./y;

// What the normaliser does with each UTF-16 code unit, looked up in a table because it runs over every
// character of a long article on each edit.
const enum Kind {
  Keep,
  Drop,
  Space,
  DoubleQuote,
  SingleQuote,
  Dash,
  Ellipsis,
  Dot,
}
const KIND = new Uint8Array(0x10000);
const classify = (kind: Kind, chars: string) => {
  for (const ch of chars) KIND[ch.charCodeAt(0)] = kind;
};
// Soft hyphen, zero-width spaces and joiners, BOM: they change nothing a reader sees.
classify(Kind.Drop, '\u00AD\u200B\u200C\u200D\u2060\uFEFF');
// The characters JavaScript's `\s` matches (BOM aside, which is dropped).
classify(Kind.Space, ' \t\n\v\f\r\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000');
classify(Kind.DoubleQuote, '"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02');
classify(Kind.SingleQuote, "'\u2018\u2019\u201A\u201B\u2039\u203A\u2032\uFF07");
classify(Kind.Dash, '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D');
classify(Kind.Ellipsis, '\u2026');
classify(Kind.Dot, '.');

/** Wraps plain text whose characters sit at `start`, `start + 1`, … */
export function mapped(text: string, start = 0): MappedText {
  const pos = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) pos[i] = start + i;
  return { text, pos };
}

/** NFC, one base character and its combining marks at a time, so each composed character keeps its position. */
function composeMapped(input: MappedText): MappedText {
  const out: string[] = [];
  const pos: number[] = [];
  COMPOSABLE.lastIndex = 0;
  for (let m = COMPOSABLE.exec(input.text); m; m = COMPOSABLE.exec(input.text)) {
    const composed = m[0].normalize('NFC');
    out.push(composed);
    for (let k = 0; k < composed.length; k++) pos.push(input.pos[m.index]);
  }
  pos.push(input.pos[input.text.length]);
  return { text: out.join(''), pos: Int32Array.from(pos) };
}

// In chunks: a whole article is more arguments than a call may take; `apply` on a typed array avoids a copy.
function fromCodes(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 4096) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 4096)) as unknown as number[]));
  }
  return parts.join('');
}

/** `normaliseVerbatim` keeping track of where each character came from, so a match can be located in the body. */
export function normaliseMapped(input: MappedText): MappedText {
  const src = input.text === input.text.normalize('NFC') ? input : composeMapped(input);
  const text = src.text;
  // An ellipsis grows from one character to three; nothing else grows.
  const out = new Uint16Array(text.length * 3);
  const pos = new Int32Array(text.length * 3 + 1);
  let n = 0;
  const emit = (code: number, at: number) => {
    out[n] = code;
    pos[n++] = at;
  };
  let pendingSpace = -1;
  // After a dash or an ellipsis, spaces are swallowed: spacing around them is house style, not wording.
  let glued = false;
  let afterDash = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = KIND[code] as Kind;
    if (kind === Kind.Drop) continue;
    if (kind === Kind.Space) {
      if (!glued && n > 0 && pendingSpace < 0) pendingSpace = src.pos[i];
      continue;
    }
    const at = src.pos[i];
    SPACED_DOTS.lastIndex = i;
    const ellipsis = kind === Kind.Ellipsis || (kind === Kind.Dot && SPACED_DOTS.test(text));
    if (kind === Kind.Dash || ellipsis) {
      pendingSpace = -1;
      if (ellipsis) {
        for (let k = 0; k < 3; k++) emit(0x2e, at);
        if (kind === Kind.Dot) i = SPACED_DOTS.lastIndex - 1;
      } else if (!afterDash) emit(0x2d, at);
      glued = true;
      afterDash = !ellipsis;
      continue;
    }
    if (pendingSpace >= 0) emit(0x20, pendingSpace);
    pendingSpace = -1;
    emit(kind === Kind.DoubleQuote ? 0x22 : kind === Kind.SingleQuote ? 0x27 : code, at);
    glued = afterDash = false;
  }
  pos[n] = src.pos[text.length];
  return { text: fromCodes(out, n), pos: pos.slice(0, n + 1) };
}

/**
 * Text as the verbatim check compares it: Unicode NFC; every double quote as `"` and single quote or
 * apostrophe as `'`; every dash and hyphen, with the spaces around it, as `-`; an ellipsis, spaced or not,
 * as `...`; invisible characters removed; whitespace runs (including no-break spaces) as one space.
 */
export function normaliseVerbatim(text: string): string {
  return normaliseMapped(mapped(text)).text;
}

const SURROUNDING_QUOTES_START = /^["']+\s*/;
const SURROUNDING_QUOTES_END = /\s*["']+$/;

/** The pull quote's words as they must appear in the body: normalised, without the marks around them. */
export function pullQuoteNeedle(pullQuoteText: string): string {
  return normaliseVerbatim(pullQuoteText).replace(SURROUNDING_QUOTES_START, '').replace(SURROUNDING_QUOTES_END, '');
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * Where `needle` stands in `haystack` (both normalised) as whole words, up to `limit` places: "he said"
 * is not in "she said". Only the needle's own edges are checked, so it may start or end with punctuation.
 */
export function verbatimMatches(haystack: string, needle: string, limit = Infinity): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at >= 0 && found.length < limit; at = haystack.indexOf(needle, at + 1)) {
    if (checkStart && isWordChar(haystack[at - 1])) continue;
    if (checkEnd && isWordChar(haystack[at + needle.length])) continue;
    found.push(at);
  }
  return found;
}

/**
 * Whether a pull quote repeats the body word for word. `bodyText` must not contain the pull quotes
 * themselves (see `nodeText(body, { skipPullQuotes: true })`). An empty pull quote repeats nothing.
 */
export function isVerbatimInBody(pullQuoteText: string, bodyText: string): boolean {
  return verbatimMatches(normaliseVerbatim(bodyText), pullQuoteNeedle(pullQuoteText), 1).length > 0;
}
