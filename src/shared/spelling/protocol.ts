import type { SpellingLanguage } from './languages';
import type { WordToken as Misspelling } from './words';

/**
 * The messages between the editor and the spelling worker. The editor sends only the blocks in view;
 * each range carries the document position of its first character, so misspellings come back in
 * document positions and the editor can decorate them without mapping.
 */
export interface TextRange {
  /** The editor's key for the block (e.g. its position and a hash of its text), echoed back for caching. */
  key: string;
  text: string;
  /** The document position of `text[0]`. */
  from: number;
}

export type SpellRequest =
  | { id: number; type: 'configure'; language: SpellingLanguage; personal: string[]; names: string[] }
  | { id: number; type: 'setLanguage'; language: SpellingLanguage }
  | { id: number; type: 'setNames'; names: string[] }
  | { id: number; type: 'setPersonal'; words: string[] }
  | { id: number; type: 'addWord'; word: string }
  | { id: number; type: 'removeWord'; word: string }
  | { id: number; type: 'check'; ranges: TextRange[] }
  | { id: number; type: 'suggest'; word: string; limit?: number };

export interface RangeResult {
  key: string;
  /** Misspellings with `from`/`to` in document positions. */
  misspellings: Misspelling[];
}

export type SpellResponse =
  | { id: number; type: 'ok'; language: SpellingLanguage }
  | { id: number; type: 'checked'; language: SpellingLanguage; results: RangeResult[] }
  | { id: number; type: 'suggestions'; word: string; suggestions: string[] }
  | { id: number; type: 'error'; message: string };

export type SpellRequestType = SpellRequest['type'];
/** Distributes over the union: the request of one type without the id the client adds. */
export type RequestBody<T extends SpellRequestType> = T extends SpellRequestType ? Omit<Extract<SpellRequest, { type: T }>, 'id'> : never;
