/**
 * Fuzzy matching for the command palette: every character of the query, in order, somewhere in
 * the text ("mkpq" finds "Make pull quote"), case- and accent-insensitive. Matches at the start of
 * words and runs of consecutive characters score higher, so the command a person means comes first.
 */

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export interface FuzzyMatch {
  score: number;
  /** Indexes into the text of the matched characters, for highlighting. */
  positions: number[];
}

export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = fold(query).replace(/\s+/g, '');
  if (q === '') return { score: 0, positions: [] };
  const t = fold(text);
  // Folding can change lengths (rare ligatures); fall back to no highlight rather than wrong positions.
  const samePositions = t.length === text.length;
  const positions: number[] = [];
  let score = 0;
  let ti = 0;
  let prev = -2;
  for (const ch of q) {
    let found = -1;
    // Prefer the next occurrence at a word start, else the next occurrence at all.
    for (let i = ti; i < t.length; i++) {
      if (t[i] !== ch) continue;
      if (found < 0) found = i;
      if (i === 0 || /[\s\-–—:/(]/.test(t[i - 1])) {
        found = i;
        break;
      }
      if (i === prev + 1) break;
    }
    if (found < 0) return null;
    const wordStart = found === 0 || /[\s\-–—:/(]/.test(t[found - 1]);
    score += 1 + (wordStart ? 8 : 0) + (found === prev + 1 ? 5 : 0) - Math.min(3, (found - ti) * 0.1);
    positions.push(found);
    prev = found;
    ti = found + 1;
  }
  // A whole-word prefix of the text is what people type most.
  if (t.startsWith(q)) score += 10;
  return { score, positions: samePositions ? positions : [] };
}
