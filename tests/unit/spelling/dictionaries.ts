import enGB from 'dictionary-en-gb';
import enUS from 'dictionary-en';
import type { HunspellDictionary, SpellingLanguage } from '../../../src/shared/spelling/languages';

/** The real bundled dictionaries, read the way Node reads them (the worker gets the same files inlined). */
export const DICTIONARIES: Record<SpellingLanguage, HunspellDictionary> = { 'en-US': enUS, 'en-GB': enGB };
