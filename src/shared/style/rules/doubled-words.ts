import type { StyleRule } from '../rule';

// A word, then whitespace, then the same word again (any case), neither inside a longer word.
const DOUBLED = /(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’]*)(\s+)\1(?![\p{L}\p{N}'’-])/giu;

export const doubledWords: StyleRule = {
  id: 'doubled-words',
  title: 'Doubled words',
  description: 'The same word twice in a row (“the the”), except words the house allows doubled (“had had”).',
  check(block, style) {
    const allowed = new Set(style.doubledWordsAllowed.map((w) => w.toLowerCase()));
    const hits = [];
    for (const m of block.text.matchAll(DOUBLED)) {
      if (allowed.has(m[1].toLowerCase())) continue;
      hits.push({ from: m.index, to: m.index + m[0].length, message: `“${m[1]}” is written twice.`, fix: m[1] });
    }
    return hits;
  },
};
