const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–99 in words, hyphenated as house styles write them ("twenty-one"); null outside that range. */
export function numberInWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 99) return null;
  if (n < 20) return ONES[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : '');
}

const VALUES = new Map<string, number>();
for (let n = 0; n < 100; n++) VALUES.set(numberInWords(n)!, n);

/** "twenty-one" → 21; null for anything else. */
export function wordsToNumber(words: string): number | null {
  return VALUES.get(words.toLowerCase().replace(/[\s\u2010]/g, '-')) ?? null;
}

/** Every spelled-out number from 0 to 99, longest first, for building a pattern. */
export const NUMBER_WORDS = [...VALUES.keys()].sort((a, b) => b.length - a.length);
