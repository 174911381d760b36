import type { RuleHit, StyleRule } from '../rule';

// After these (or at the start of a block) a quotation mark opens; after anything else it closes.
const OPENS_AFTER = /[\s([{<—–\-/“‘\u00A0]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
// Words that begin with an apostrophe standing for dropped letters, not an opening quote.
const ELISIONS = /^(?:tis|twas|em|cause|til|n|round|s)\b/iu;

function curly(text: string, i: number): { fix?: string; message: string } {
  const ch = text[i];
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = text[i + 1] ?? ' ';
  if (DIGIT.test(prev)) {
    // 5'10" is feet and inches: primes, not quotation marks, and only the writer knows.
    return { message: `A straight ${ch === '"' ? 'double' : 'single'} mark after a figure: a quotation mark, or feet and inches (′ ″)?` };
  }
  const atEnd = i + 1 >= text.length;
  // A mark with space on both sides opens nothing; at the block's end it closes, elsewhere the writer decides.
  if (OPENS_AFTER.test(prev) && /\s/u.test(next) && !atEnd) return { message: 'A straight quotation mark with a space on each side: which way does it face?' };
  const opening = OPENS_AFTER.test(prev) && !atEnd;
  if (ch === '"') return { fix: opening ? '“' : '”', message: 'Straight quotation mark: use a curly one.' };
  if (!opening) return { fix: '’', message: 'Straight apostrophe: use a curly one.' };
  // An apostrophe that starts a word: '90s, 'tis, 'em; anything else opens a single quotation.
  if (DIGIT.test(next) || (LETTER_OR_DIGIT.test(next) && ELISIONS.test(text.slice(i + 1)))) return { fix: '’', message: 'Straight apostrophe: use a curly one.' };
  return { fix: '‘', message: 'Straight quotation mark: use a curly one.' };
}

export const straightQuotes: StyleRule = {
  id: 'straight-quotes',
  title: 'Straight quotes',
  description: 'Straight " and \' where typographic (curly) quotation marks and apostrophes belong.',
  check(block) {
    const hits: RuleHit[] = [];
    for (let i = 0; i < block.text.length; i++) {
      const ch = block.text[i];
      if (ch !== '"' && ch !== "'") continue;
      hits.push({ from: i, to: i + 1, ...curly(block.text, i) });
    }
    return hits;
  },
};
