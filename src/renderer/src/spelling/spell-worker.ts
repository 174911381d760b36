import type { SpellRequest } from '../../../shared/spelling/protocol';
import { SpellService } from '../../../shared/spelling/spell-service';
import { loadDictionary } from './dictionaries';

/**
 * The spelling worker. The editor starts it with
 * `new Worker(new URL('./spelling/spell-worker.ts', import.meta.url), { type: 'module' })` and talks to it
 * through `SpellClient`; checking and suggesting never run on the UI thread.
 */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: SpellRequest }) => void): void;
  postMessage(message: unknown): void;
}

export function serveSpelling(scope: WorkerScope, service = new SpellService(loadDictionary)): void {
  scope.addEventListener('message', (event) => {
    void service.handle(event.data).then((response) => scope.postMessage(response));
  });
}

// `globalThis` is the worker scope here (and a stand-in scope in tests).
serveSpelling(globalThis as unknown as WorkerScope);
