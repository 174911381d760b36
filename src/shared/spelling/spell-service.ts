import { DEFAULT_SPELLING_LANGUAGE, isSpellingLanguage, type HunspellDictionary, type SpellingLanguage } from './languages';
import type { SpellRequest, SpellResponse } from './protocol';
import { SpellChecker } from './spell-checker';

/** Gets a language's dictionary; in the worker, from a module bundled at build time. */
export type DictionaryLoader = (language: SpellingLanguage) => Promise<HunspellDictionary>;

const MAX_RANGE_TEXT = 200_000;

/**
 * What the spelling worker does with each message, without the worker: one checker per language, built
 * on first use, with the personal words and names carried over when the language changes. Answers are
 * values, never throws, so a bad message cannot kill the worker.
 */
export class SpellService {
  private language: SpellingLanguage = DEFAULT_SPELLING_LANGUAGE;
  private personal: string[] = [];
  private names: string[] = [];
  private readonly checkers = new Map<SpellingLanguage, Promise<SpellChecker>>();

  constructor(private readonly load: DictionaryLoader) {}

  private checker(): Promise<SpellChecker> {
    const language = this.language;
    let c = this.checkers.get(language);
    if (!c) {
      c = this.load(language).then((d) => new SpellChecker(language, d, { personal: this.personal, names: this.names }));
      // A failed load is retried on the next message rather than remembered.
      c.catch(() => this.checkers.delete(language));
      this.checkers.set(language, c);
    }
    return c;
  }

  /** Applies a change to every checker built so far; later ones start from the current lists. */
  private each(change: (checker: SpellChecker) => void): void {
    for (const c of this.checkers.values()) c.then(change, () => undefined);
  }

  async handle(request: SpellRequest): Promise<SpellResponse> {
    const id = typeof request?.id === 'number' ? request.id : -1;
    try {
      switch (request.type) {
        case 'configure': {
          this.setLanguage(request.language);
          const personal = (this.personal = strings(request.personal));
          const names = (this.names = strings(request.names));
          this.each((c) => {
            c.setPersonal(personal);
            c.setNames(names);
          });
          await this.checker();
          return { id, type: 'ok', language: this.language };
        }
        case 'setLanguage':
          this.setLanguage(request.language);
          await this.checker();
          return { id, type: 'ok', language: this.language };
        case 'setNames': {
          const names = (this.names = strings(request.names));
          this.each((c) => c.setNames(names));
          return { id, type: 'ok', language: this.language };
        }
        case 'setPersonal': {
          const personal = (this.personal = strings(request.words));
          this.each((c) => c.setPersonal(personal));
          return { id, type: 'ok', language: this.language };
        }
        case 'addWord': {
          const [word] = strings([request.word]);
          if (word && !this.personal.includes(word)) this.personal = [...this.personal, word];
          if (word) this.each((c) => c.addWord(word));
          return { id, type: 'ok', language: this.language };
        }
        case 'removeWord':
          this.personal = this.personal.filter((w) => w !== request.word);
          this.each((c) => c.removeWord(String(request.word)));
          return { id, type: 'ok', language: this.language };
        case 'check': {
          const checker = await this.checker();
          const results = (request.ranges ?? []).map((r) => ({
            key: String(r.key),
            misspellings: checker.check(String(r.text).slice(0, MAX_RANGE_TEXT)).map((m) => ({ word: m.word, from: r.from + m.from, to: r.from + m.to })),
          }));
          return { id, type: 'checked', language: checker.language, results };
        }
        case 'suggest': {
          const checker = await this.checker();
          const word = String(request.word).slice(0, 100);
          return { id, type: 'suggestions', word, suggestions: checker.suggest(word, request.limit) };
        }
        default:
          return { id, type: 'error', message: `Unknown spelling request "${String((request as { type?: unknown })?.type)}".` };
      }
    } catch (e) {
      return { id, type: 'error', message: e instanceof Error ? e.message : String(e) };
    }
  }

  private setLanguage(language: unknown): void {
    if (!isSpellingLanguage(language)) throw new Error(`Copydesk has no dictionary for "${String(language)}".`);
    this.language = language;
  }
}

function strings(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string' && w.length > 0 && w.length <= 200) : [];
}
