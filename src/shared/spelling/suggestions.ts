/**
 * Edit distance with adjacent transpositions, where swapping two letters ("teh" → "the") costs less than
 * changing one: the typing slip reporters make most. Case differences cost a little, so "paris" → "Paris" leads.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const x = a[i - 1];
      const y = b[j - 1];
      const sub = x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? 0.1 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + sub);
      if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) v = Math.min(v, d[i - 2][j - 2] + 0.8);
      d[i][j] = v;
    }
  }
  return d[rows - 1][cols - 1];
}

/** Suggestions sorted by closeness to what was typed, ties kept in the dictionary's order. */
export function rankSuggestions(word: string, suggestions: readonly string[]): string[] {
  return suggestions
    .map((s, i) => ({ s, i, d: editDistance(word, s) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.s)
    .filter((s, i, all) => all.indexOf(s) === i);
}
