import { z } from 'zod';

/** Every error that crosses a process boundary carries one of these codes; the UI turns them into sentences. */
export const ERROR_CODES = [
  'invalid-request', // payload failed validation
  'unknown-channel',
  'forbidden', // wrong sender, wrong token, path outside the library
  'not-found',
  'bad-file', // corrupt or unreadable article file
  'bad-image', // a picture refused: not a raster picture, damaged, too large, or SVG
  'read-only', // newer schema, or a file we must not overwrite
  'conflict', // the file changed on disk since it was opened
  'removed', // the file was moved or deleted on disk since it was opened
  'disk-full',
  'io', // any other file-system failure
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({ code: ErrorCode, message: z.string() });
export type AppErrorShape = z.infer<typeof AppErrorShape>;

/** An error a service throws on purpose; everything else is reported as `internal`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.union([z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: AppErrorShape })]);
}

/** Maps a Node file-system error to an error code and a sentence a journalist can act on. */
export function toAppError(e: unknown): AppErrorShape {
  if (e instanceof AppError) return { code: e.code, message: e.message };
  const err = e as (Error & { code?: string }) | undefined;
  const code = err && typeof err === 'object' ? err.code : undefined;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: 'The disk is full. Free some space, then save again; your text is still here.' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'io', message: 'Copydesk is not allowed to write to the library folder (it may be read-only).' };
    case 'ENOENT':
      return { code: 'not-found', message: 'The file or the library folder is no longer there.' };
    case 'EIO':
      return { code: 'io', message: 'The disk reported an input/output error.' };
    default:
      return { code: 'internal', message: err instanceof Error ? err.message : String(e) };
  }
}
