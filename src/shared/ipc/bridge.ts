import type { Channel, EventName } from './contract';

/**
 * What the preload exposes on `window.copydesk`: exactly one function per contract channel and one
 * subscribe function per event — no raw ipcRenderer, no generic send.
 */
export type Bridge = {
  invoke: { [C in Channel]: (payload: unknown) => Promise<unknown> };
  subscribe: { [E in EventName]: (listener: (payload: unknown) => void) => () => void };
};

export const BRIDGE_GLOBAL = 'copydesk';
/** Prefix of every IPC channel and event name, so the main process can refuse anything else. */
export const IPC_PREFIX = 'copydesk:';
