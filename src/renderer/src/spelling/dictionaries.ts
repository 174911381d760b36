import type { HunspellDictionary, SpellingLanguage } from '../../../shared/spelling/languages';

/**
 * One bundled dictionary per language, each in its own chunk so only the language in use is loaded
 * (by `import()`, from the app's own files: never the network).
 */
const DICTIONARIES: Record<SpellingLanguage, () => Promise<{ default: HunspellDictionary }>> = {
  'en-US': () => import('./dictionaries/en-us'),
  'en-GB': () => import('./dictionaries/en-gb'),
};

export async function loadDictionary(language: SpellingLanguage): Promise<HunspellDictionary> {
  const load = DICTIONARIES[language];
  if (!load) throw new Error(`Copydesk has no dictionary for "${language}".`);
  return (await load()).default;
}
