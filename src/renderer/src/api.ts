import { createClient, type CopydeskApi, type Transport } from '../../shared/ipc/client';
import { BRIDGE_GLOBAL, type Bridge } from '../../shared/ipc/bridge';
import type { EventName } from '../../shared/ipc/contract';

/** Inside Electron: the preload's bridge. */
function bridgeTransport(bridge: Bridge): Transport {
  return {
    invoke: (channel, payload) => bridge.invoke[channel](payload),
    subscribe: (event, listener) => bridge.subscribe[event](listener),
  };
}

/**
 * In browser mode: the same channels over HTTP on 127.0.0.1. The per-launch token travels in a
 * same-site cookie the server set when the page was first opened with it.
 */
function httpTransport(): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  return {
    async invoke(channel, payload) {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload ?? {}),
      });
      return res.json();
    },
    subscribe(event, listener) {
      if (!source) source = new EventSource('/api/events');
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        const s = set;
        source.addEventListener(event, (e) => {
          const data: unknown = JSON.parse((e as MessageEvent<string>).data);
          for (const l of s) l(data);
        });
      }
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}

const bridge = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];

export const api: CopydeskApi = createClient(bridge ? bridgeTransport(bridge) : httpTransport());
export const isBrowserMode = !bridge;
