/**
 * Runs tasks with the same key one after another. Two saves of one file otherwise race to their
 * rename, and the older content can land last.
 */
export class WriteQueue {
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.#tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    // Forget idle keys so a long session with many files does not grow the map.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Resolves once every task queued so far has finished (failed ones included). */
  async idle(): Promise<void> {
    await Promise.all([...this.#tails.values()]);
  }
}
