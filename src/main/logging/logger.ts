import { RotatingLog, type RotatingLogOptions } from './rotating-log';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface Logger {
  readonly dir: string | null;
  log(level: LogLevel, source: string, message: string, detail?: string): void;
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
}

function describe(error: unknown): string | undefined {
  if (error === undefined) return undefined;
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * The app's log: one line per entry, `2026-01-05T09:30:00.000Z [error] (main) message`, with a stack
 * or detail indented beneath. Written to the rotated file in `dir` when there is one, and to the
 * terminal when asked (browser mode, and Electron while developing).
 */
export function createLogger(opts: { file?: RotatingLogOptions; terminal?: { write(s: string): unknown } | null; now?: () => Date }): Logger {
  const file = opts.file ? new RotatingLog(opts.file) : null;
  const now = opts.now ?? (() => new Date());
  const log = (level: LogLevel, source: string, message: string, detail?: string) => {
    const flat = message.replace(/\s*\n\s*/g, ' ');
    const extra = detail ? `\n${detail.replace(/^/gm, '    ')}` : '';
    const line = `${now().toISOString()} [${level}] (${source}) ${flat}${extra}\n`;
    file?.write(line);
    opts.terminal?.write(`Copydesk ${line}`);
  };
  return {
    dir: file?.dir ?? null,
    log,
    error: (message, error) => log('error', 'main', message, describe(error)),
    warn: (message) => log('warn', 'main', message),
    info: (message) => log('info', 'main', message),
  };
}
