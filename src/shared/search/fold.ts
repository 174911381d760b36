/**
 * How search compares words: case and accents do not matter (Martínez = martinez = MARTINEZ), and
 * a word is a run of letters and digits. This mirrors the index's tokenizer (SQLite FTS5 `unicode61
 * remove_diacritics 2`) closely enough for highlighting and for telling people apart by name.
 */

/** Letters, digits, private-use characters and combining marks belong to words; everything else separates them. */
const SEPARATORS = /[^\p{L}\p{N}\p{Co}\p{M}]+/u;

/** Lower case without accents: "Martínez" → "martinez". One character in, one or more out (NFKD). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of `text` as the index sees them, folded: "Well-known CAFÉ" → ["well", "known", "cafe"]. */
export function searchTokens(text: string): string[] {
  return foldForSearch(text).split(SEPARATORS).filter(Boolean);
}

/**
 * What tells one source from another across articles when their ids differ: the folded words of the
 * name, so "Dr. Ana Martínez" and "ana martinez" are the same person. Empty for an unnamed source,
 * which is never matched by name (two "senior officials" are not one person).
 */
export function personKey(name: string): string {
  const words = searchTokens(name);
  // Honorifics come and go between articles ("Dr Ana Martínez", later "Ana Martínez").
  while (words.length > 1 && HONORIFICS.has(words[0])) words.shift();
  return words.join(' ');
}

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'professor', 'sir', 'dame', 'rev', 'cllr', 'sen', 'rep', 'gov']);
