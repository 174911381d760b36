/** Words an adult reads on screen in a minute: the figure news sites use for "4 min read". */
export const READING_WORDS_PER_MINUTE = 238;

/** Whole minutes to read this many words, at least one for any text at all. */
export function readingMinutes(words: number): number {
  if (words <= 0) return 0;
  return Math.max(1, Math.round(words / READING_WORDS_PER_MINUTE));
}
