/**
 * The part of nspell's API Copydesk uses. Declared here rather than through @types/nspell, whose
 * reference to Node's types would leak `Buffer` and friends into the sandboxed renderer's project.
 */
declare module 'nspell' {
  export interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
    remove(word: string): NSpell;
  }
  function nspell(dictionary: { aff: string | Uint8Array; dic?: string | Uint8Array }): NSpell;
  export default nspell;
}
