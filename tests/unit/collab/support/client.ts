import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** A real provider client in Node (which has no WebSocket of its own before 22: `ws` stands in). */
export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  close(): void;
}

export function connect(url: string, name: string, token: string | null, options: { doc?: Y.Doc; query?: string } = {}): Client {
  const doc = options.doc ?? new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: options.query ? `${url}?${options.query}` : url, WebSocketPolyfill: WebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: doc, token });
  provider.attach();
  return {
    doc,
    provider,
    close() {
      provider.destroy();
      socket.destroy();
    },
  };
}

export const synced = (p: HocuspocusProvider) => new Promise<void>((resolve) => (p.isSynced ? resolve() : p.on('synced', () => resolve())));

/** Resolves once every local change was acknowledged by the server ("saved" in the status bar). */
export const allSent = (p: HocuspocusProvider) =>
  new Promise<void>((resolve) => (!p.hasUnsyncedChanges ? resolve() : p.on('unsyncedChanges', ({ number }: { number: number }) => number === 0 && resolve())));

/** Waits until `test` holds, checking after each update of `doc`, or fails after `ms`. */
export function until(doc: Y.Doc, test: () => boolean, ms = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (test()) return resolve();
    const timer = setTimeout(() => {
      doc.off('update', check);
      reject(new Error('timed out waiting for the document'));
    }, ms);
    const check = () => {
      if (!test()) return;
      clearTimeout(timer);
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}
