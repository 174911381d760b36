import type { AppErrorShape } from '../../../shared/ipc/result';

/** A sentence a journalist can act on, from an error that crossed the process boundary. */
export function errorSentence(e: AppErrorShape): string {
  switch (e.code) {
    case 'conflict':
    case 'removed':
      return `${e.message} Your version is still here; choose which to keep.`;
    case 'removed':
      return `${e.message} Your version is still here; Keep mine saves it again under this name.`;
    case 'disk-full':
    case 'read-only':
    case 'bad-file':
    case 'bad-image':
    case 'not-found':
    case 'io':
    case 'forbidden':
      return e.message;
    default:
      return `Something went wrong: ${e.message}`;
  }
}
