/** How many author colours the stylesheet has (`.author-0` … `.author-5`). */
const COLOURS = 6;

/** The colour class of an author's suggestions: the same name gets the same colour in every copy of the app. */
export function authorColour(name: string | undefined): string {
  if (!name) return 'author-unknown';
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return `author-${h % COLOURS}`;
}
