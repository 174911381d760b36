import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc/contract';
import { IPC_PREFIX } from '../../shared/ipc/bridge';
import { dispatch } from '../../shared/ipc/dispatch';
import type { Services } from '../services';
import { APP_ORIGIN } from './window';

/** Only our own page, loaded from app://copydesk (or the dev server in development), may call the services. */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl?: string): boolean {
  const url = event.senderFrame?.url ?? '';
  try {
    const origin = new URL(url).origin;
    if (url.startsWith(`${APP_ORIGIN}/`)) return true;
    return !!devServerUrl && origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** One handler per contract channel, each validating its sender and payload through `dispatch`. */
export function registerIpc(services: Services, devServerUrl?: string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(IPC_PREFIX + channel, (event, payload: unknown) => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'This page may not use Copydesk’s services.' } };
      }
      return dispatch(services.handlers, channel, payload);
    });
  }
}

/** Forwards every contract event to a window. */
export function forwardEvents(services: Services, target: WebContents): () => void {
  const unsubs = EVENT_NAMES.map((name) =>
    services.bus.subscribe(name, (payload) => {
      if (!target.isDestroyed()) target.send(IPC_PREFIX + name, payload);
    }),
  );
  return () => unsubs.forEach((u) => u());
}
