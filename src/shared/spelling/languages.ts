/**
 * The languages the spellchecker knows. Adding one means a dictionary package, one entry here and one
 * loader in the worker; nothing else names a language. (No zod here: this module is bundled into the
 * worker; settings validate a language with `z.enum(SPELLING_LANGUAGE_IDS)`.)
 */
export const SPELLING_LANGUAGES = [
  { id: 'en-US', label: 'English (US)' },
  { id: 'en-GB', label: 'English (UK)' },
] as const;

export type SpellingLanguage = (typeof SPELLING_LANGUAGES)[number]['id'];
export const SPELLING_LANGUAGE_IDS = SPELLING_LANGUAGES.map((l) => l.id) as [SpellingLanguage, ...SpellingLanguage[]];

export const DEFAULT_SPELLING_LANGUAGE: SpellingLanguage = 'en-US';

export function isSpellingLanguage(value: unknown): value is SpellingLanguage {
  return SPELLING_LANGUAGES.some((l) => l.id === value);
}

/** A Hunspell dictionary: the affix rules and the word list, as text or bytes. */
export interface HunspellDictionary {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}
