import { api } from '../api';

/**
 * Errors the page did not handle reach the app's log (rate-limited in the main process), so a
 * problem a journalist reports can be found in Help → Open logs folder.
 */
export function reportErrorsToLog(): () => void {
  const send = (message: string, detail?: string) => void api.call('app.log', { level: 'error', source: 'page', message: message.slice(0, 4000) || 'Unknown error', detail: detail?.slice(0, 20_000) });
  const onError = (e: ErrorEvent) => send(e.message, e.error instanceof Error ? e.error.stack : undefined);
  const onRejection = (e: PromiseRejectionEvent) => {
    const reason = e.reason as unknown;
    send(`Unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`, reason instanceof Error ? reason.stack : undefined);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}
