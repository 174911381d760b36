/** A word as the spellchecker sees it, with its offsets in the text it came from. */
export interface WordToken {
  word: string;
  from: number;
  to: number;
}

// Text that is not prose: web addresses, e-mail addresses, handles, hashtags and bare domain names.
const NOT_PROSE = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+`,
    String.raw`\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|gov|edu|io|co|uk|info|biz|eu|de|fr|us|ca|au)\b(?:\/[^\s]*)?`,
  ].join('|'),
  'gu',
);

// Letters (and digits, so "COVID-19" stays one token to be skipped) joined by apostrophes or hyphens inside a word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\u2010-][\p{L}\p{M}\p{N}]+)*/gu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LOWER = /\p{Ll}/u;
const HYPHEN = /[\u2010-]/u;

/**
 * The words of a passage worth checking, the way a newsroom writes: addresses, handles, anything with a
 * figure in it ("1990s", "COVID-19", "3D") and one-letter words are skipped; ALL-CAPS words are taken as
 * acronyms ("NATO", "TK") and skipped. Hyphenated compounds come out whole; the checker looks at their parts.
 */
export function wordsOf(text: string): WordToken[] {
  const skipped: { from: number; to: number }[] = [];
  for (const m of text.matchAll(NOT_PROSE)) skipped.push({ from: m.index, to: m.index + m[0].length });
  const out: WordToken[] = [];
  let s = 0;
  for (const m of text.matchAll(WORD)) {
    const from = m.index;
    const to = from + m[0].length;
    while (s < skipped.length && skipped[s].to <= from) s++;
    if (s < skipped.length && skipped[s].from < to) continue;
    const word = m[0];
    if (word.length < 2 || HAS_DIGIT.test(word) || !HAS_LOWER.test(word)) continue;
    out.push({ word, from, to });
  }
  return out;
}

/** The parts of a hyphenated compound ("well-known" → "well", "known"), each with its own offsets. */
export function compoundParts(token: WordToken): WordToken[] {
  if (!HYPHEN.test(token.word)) return [token];
  const parts: WordToken[] = [];
  let offset = 0;
  for (const part of token.word.split(HYPHEN)) {
    if (part.length >= 2 && HAS_LOWER.test(part)) parts.push({ word: part, from: token.from + offset, to: token.from + offset + part.length });
    offset += part.length + 1;
  }
  return parts;
}

/** Curly apostrophes to straight ones, as the dictionaries spell them. */
export function normaliseApostrophes(word: string): string {
  return word.replace(/’/g, "'");
}
