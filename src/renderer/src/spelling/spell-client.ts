import type { SpellingLanguage } from '../../../shared/spelling/languages';
import type { RangeResult, RequestBody, SpellRequest, SpellRequestType, SpellResponse, TextRange } from '../../../shared/spelling/protocol';

/** A worker, or anything shaped like one (a stand-in port in tests). */
export interface SpellPort {
  postMessage(message: SpellRequest): void;
  addEventListener(type: 'message', listener: (event: { data: SpellResponse }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: SpellResponse }) => void): void;
}

/**
 * The editor's side of the spelling worker: one promise per request. The worker answers in order, so a
 * check that was overtaken by an edit can simply be ignored by the caller (compare the keys it sent).
 */
export class SpellClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: SpellResponse) => void; reject: (e: Error) => void }>();
  private readonly onMessage = (event: { data: SpellResponse }) => {
    const response = event.data;
    const waiting = this.pending.get(response?.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (response.type === 'error') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  };

  constructor(private readonly port: SpellPort) {
    port.addEventListener('message', this.onMessage);
  }

  private send<T extends SpellRequestType>(body: RequestBody<T>): Promise<SpellResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ ...body, id } as SpellRequest);
    });
  }

  /** Loads the language's dictionary with the personal words and the names never to flag. */
  async configure(language: SpellingLanguage, personal: string[], names: string[]): Promise<void> {
    await this.send<'configure'>({ type: 'configure', language, personal, names });
  }

  async setLanguage(language: SpellingLanguage): Promise<void> {
    await this.send<'setLanguage'>({ type: 'setLanguage', language });
  }

  async setNames(names: string[]): Promise<void> {
    await this.send<'setNames'>({ type: 'setNames', names });
  }

  async setPersonal(words: string[]): Promise<void> {
    await this.send<'setPersonal'>({ type: 'setPersonal', words });
  }

  async addWord(word: string): Promise<void> {
    await this.send<'addWord'>({ type: 'addWord', word });
  }

  async removeWord(word: string): Promise<void> {
    await this.send<'removeWord'>({ type: 'removeWord', word });
  }

  /** Misspellings of the blocks in view, in document positions. */
  async check(ranges: TextRange[]): Promise<{ language: SpellingLanguage; results: RangeResult[] }> {
    const r = await this.send<'check'>({ type: 'check', ranges });
    if (r.type !== 'checked') throw new Error(`Unexpected answer "${r.type}" from the spelling worker.`);
    return { language: r.language, results: r.results };
  }

  async suggest(word: string, limit?: number): Promise<string[]> {
    const r = await this.send<'suggest'>({ type: 'suggest', word, limit });
    if (r.type !== 'suggestions') throw new Error(`Unexpected answer "${r.type}" from the spelling worker.`);
    return r.suggestions;
  }

  /** Stops listening; requests still waiting are refused. */
  dispose(): void {
    this.port.removeEventListener('message', this.onMessage);
    for (const p of this.pending.values()) p.reject(new Error('The spelling worker was stopped.'));
    this.pending.clear();
  }
}
