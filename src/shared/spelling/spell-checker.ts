import nspell, { type NSpell } from 'nspell';
import type { HunspellDictionary, SpellingLanguage } from './languages';
import { rankSuggestions } from './suggestions';
import { compoundParts, normaliseApostrophes, wordsOf, type WordToken } from './words';

/** A word the dictionary does not know, with its offsets in the checked text. */
export type Misspelling = WordToken;

const POSSESSIVE = /['’]s$/u;
const HAS_LOWER = /\p{Ll}/u;
const decoder = new TextDecoder();
const asText = (data: string | Uint8Array) => (typeof data === 'string' ? data : decoder.decode(data));

/** Splits names ("Ana Ruiz-Vega", "O’Neill") into the words the checker compares. */
function nameWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    for (const token of wordsOf(name)) {
      words.add(normaliseApostrophes(token.word).toLowerCase());
      for (const part of compoundParts(token)) words.add(normaliseApostrophes(part.word).toLowerCase());
    }
  }
  return words;
}

/**
 * Hunspell-compatible checking for one language (nspell over a bundled dictionary), plus the journalist's
 * personal dictionary and the names of the article's sources and the source book, which are never flagged.
 * Pure: the dictionary text is passed in, so it runs the same in a worker, in Node and in tests.
 */
export class SpellChecker {
  private readonly speller: NSpell;
  private personal = new Set<string>();
  /** Personal words the dictionary did not know; only these leave nspell when they leave the list. */
  private added = new Set<string>();
  private names = new Set<string>();
  private readonly cache = new Map<string, boolean>();

  constructor(
    readonly language: SpellingLanguage,
    dictionary: HunspellDictionary,
    init: { personal?: Iterable<string>; names?: Iterable<string> } = {},
  ) {
    this.speller = nspell({ aff: asText(dictionary.aff), dic: asText(dictionary.dic) });
    this.setPersonal(init.personal ?? []);
    this.setNames(init.names ?? []);
  }

  /** Whether one word is spelled right (a name, a personal word, a dictionary word or its possessive). */
  isCorrect(word: string): boolean {
    const normal = normaliseApostrophes(word);
    let known = this.cache.get(normal);
    if (known === undefined) {
      known = this.lookUp(normal);
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(normal, known);
    }
    return known;
  }

  private lookUp(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.names.has(lower) || this.personal.has(word) || this.personal.has(lower)) return true;
    if (this.speller.correct(word)) return true;
    if (POSSESSIVE.test(word)) {
      const base = word.slice(0, -2);
      return !HAS_LOWER.test(base) || this.lookUp(base);
    }
    return false;
  }

  /** The misspelt words of a passage, in order; a compound is flagged part by part unless known whole. */
  check(text: string): Misspelling[] {
    const out: Misspelling[] = [];
    for (const token of wordsOf(text)) {
      if (this.isCorrect(token.word)) continue;
      for (const part of compoundParts(token)) if (part === token || !this.isCorrect(part.word)) out.push(part);
    }
    return out;
  }

  /** Corrections for a word, best first; the closest spellings lead, whatever order the dictionary found them in. */
  suggest(word: string, limit = 8): string[] {
    return rankSuggestions(word, this.speller.suggest(normaliseApostrophes(word))).slice(0, limit);
  }

  /** Replaces the personal dictionary (as stored in settings). */
  setPersonal(words: Iterable<string>): void {
    for (const w of this.added) this.speller.remove(w);
    this.personal = new Set();
    this.added = new Set();
    for (const w of words) this.addWord(w);
  }

  /** "Add to dictionary": the word is right from now on and is offered as a suggestion. */
  addWord(word: string): void {
    const w = normaliseApostrophes(word.trim());
    if (!w || this.personal.has(w)) return;
    // A word the dictionary knows already stays known when it leaves the personal list.
    if (!this.speller.correct(w)) {
      this.speller.add(w);
      this.added.add(w);
    }
    this.personal.add(w);
    this.cache.clear();
  }

  removeWord(word: string): void {
    const w = normaliseApostrophes(word.trim());
    if (!this.personal.delete(w)) return;
    if (this.added.delete(w)) this.speller.remove(w);
    this.cache.clear();
  }

  /** The article's sources and the source book: their names are never flagged. */
  setNames(names: Iterable<string>): void {
    this.names = nameWords(names);
    this.cache.clear();
  }

  personalWords(): string[] {
    return [...this.personal].sort();
  }
}
