import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, EVENT_NAMES } from '../shared/ipc/contract';
import { BRIDGE_GLOBAL, IPC_PREFIX, type Bridge } from '../shared/ipc/bridge';

// Built from the contract, so the page can reach exactly the contract's channels and nothing else.
const invoke = Object.fromEntries(
  CHANNELS.map((c) => [c, (payload: unknown) => ipcRenderer.invoke(IPC_PREFIX + c, payload)]),
) as Bridge['invoke'];

const subscribe = Object.fromEntries(
  EVENT_NAMES.map((name) => [
    name,
    (listener: (payload: unknown) => void) => {
      const wrapped = (_e: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(IPC_PREFIX + name, wrapped);
      return () => {
        ipcRenderer.removeListener(IPC_PREFIX + name, wrapped);
      };
    },
  ]),
) as Bridge['subscribe'];

const bridge: Bridge = { invoke, subscribe };
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
