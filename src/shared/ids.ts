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
