import { capitalise, escapeRegExp, startsSentence, type RuleHit, type StyleRule } from '../rule';

type Entry = { from: string; to: string };
const compiled = new WeakMap<Record<string, string>, { pattern: RegExp; lookup: Map<string, Entry> } | null>();
const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** One pattern for the whole list, longest entries first so "web site" wins over "site". */
function compile(words: Record<string, string>) {
  let c = compiled.get(words);
  if (c !== undefined) return c;
  const entries = Object.entries(words).filter(([from, to]) => from.trim() && from !== to);
  const lookup = new Map(entries.map(([from, to]) => [key(from), { from, to }]));
  const alternatives = [...lookup.keys()].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, '\\s+'));
  c = alternatives.length ? { pattern: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu'), lookup } : null;
  compiled.set(words, c);
  return c;
}

export const houseWords: StyleRule = {
  id: 'house-words',
  title: 'House word list',
  description: 'Words the house spells its own way (e.g. “e-mail” → “email”), from the house-style file’s word list.',
  check(block, style) {
    const c = compile(style.words);
    if (!c) return [];
    const hits: RuleHit[] = [];
    for (const m of block.text.matchAll(c.pattern)) {
      const entry = c.lookup.get(key(m[0]));
      if (entry === undefined) continue;
      const preferred = entry.to;
      // Keep a capital the writer chose (a sentence start, a name); not one the list's own entry has ("Internet").
      const writersCapital = /^\p{Lu}/u.test(m[0]) && (/^\p{Ll}/u.test(entry.from) || startsSentence(block.text, m.index));
      const fix = writersCapital ? capitalise(preferred) : preferred;
      if (fix === m[0]) continue;
      hits.push({ from: m.index, to: m.index + m[0].length, message: `House style is “${preferred}”, not “${m[0]}”.`, fix });
    }
    return hits;
  },
};
