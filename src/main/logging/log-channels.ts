import type { z } from 'zod';
import type { logChannels } from '../../shared/ipc/channels/app';
import type { Logger } from './logger';

type In<C extends keyof typeof logChannels> = z.output<(typeof logChannels)[C]['input']>;
type Out<C extends keyof typeof logChannels> = z.input<(typeof logChannels)[C]['output']>;

export interface LogHandlers {
  'app.log': (input: In<'app.log'>) => Promise<Out<'app.log'>>;
  'app.openLogsFolder': (input: In<'app.openLogsFolder'>) => Promise<Out<'app.openLogsFolder'>>;
}

export interface LogHandlerOptions {
  logger: Logger;
  /** Electron opens the folder (`shell.openPath`); browser mode has no file manager to open and only answers with the path. */
  openFolder?: (dir: string) => Promise<void>;
  /** Renderer messages let through in a burst, and per minute after it. */
  burst?: number;
  perMinute?: number;
  now?: () => number;
}

/**
 * The renderer's side of the log: errors from the page are written to the app's log, rate-limited so a
 * page stuck in a loop of errors cannot fill the disk (the rotation bounds it too). Dropped messages are
 * counted and the count is logged with the next one let through.
 */
export function createLogHandlers(opts: LogHandlerOptions): LogHandlers {
  const burst = opts.burst ?? 20;
  const perMinute = opts.perMinute ?? 30;
  const now = opts.now ?? (() => Date.now());
  let tokens = burst;
  let last = now();
  let dropped = 0;
  return {
    'app.log': async ({ level, message, detail, source }) => {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 60_000) * perMinute);
      last = t;
      if (tokens < 1) {
        dropped++;
        return { logged: false };
      }
      tokens--;
      if (dropped > 0) {
        opts.logger.log('warn', 'renderer', `${dropped} message${dropped === 1 ? '' : 's'} from the page dropped (too many at once).`);
        dropped = 0;
      }
      opts.logger.log(level, source ? `renderer:${source}` : 'renderer', message, detail);
      return { logged: true };
    },
    'app.openLogsFolder': async () => {
      const dir = opts.logger.dir;
      if (!dir) return { path: '', opened: false };
      if (!opts.openFolder) return { path: dir, opened: false };
      await opts.openFolder(dir);
      return { path: dir, opened: true };
    },
  };
}
