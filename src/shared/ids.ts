/**
 * Ids for things inside an article (sections, quotations, claims, sources, pull quotes…): a prefix
 * saying what it is, the time, and randomness, so two people editing copies of one article offline
 * never mint the same id. Uses Web Crypto (in Node 20, browsers and Electron alike), never Math.random.
 */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
  return `${prefix}-${Date.now().toString(36)}-${random}`;
}

/** A whole-article id (the file's `id`): a UUID, as article files have always had. */
export function newArticleId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * A suggestion id minted from its author and time, as review metadata and the suggestion marks share
 * it: `sg-<author>-<time>-<random>`. The author part (letters and digits of the display name, at most
 * 16) makes a mark readable in the file; the randomness keeps two reviewers typing in the same
 * millisecond apart. `sequence` separates the several ids one transaction can need.
 */
/** The author part of a suggestion id minted by `newSuggestionId` ("sg-anaruiz-…" → "anaruiz"), or null. */
export function suggestionIdAuthor(id: string): string | null {
  const m = /^sg-([a-z0-9]+)-/.exec(id);
  return m ? m[1] : null;
}

export function newSuggestionId(author: string, now: Date = new Date(), sequence = 0): string {
  const who =
    author
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '')
      .toLowerCase()
      .slice(0, 16) || 'anon';
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  const random = Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
  const seq = sequence ? `.${sequence.toString(36)}` : '';
  return `sg-${who}-${now.getTime().toString(36)}${seq}-${random}`;
}
