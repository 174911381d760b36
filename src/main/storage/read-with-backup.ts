import { backupPathOf } from './atomic-write';
import { realFs, type StorageFs } from './storage-fs';

export type Parsed<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Why one version (the file or its backup) could not be used. */
export type VersionProblem<E> =
  | { kind: 'missing' }
  | { kind: 'unreadable'; code: string; message: string }
  | { kind: 'unparseable'; error: E };

/**
 * The file, or, when it cannot be used, what its backup offers. The backup is never swapped in
 * silently: the caller shows the problem and lets the user restore the backup.
 */
export type BackupFallbackRead<T, E> =
  | { status: 'ok'; value: T; text: string }
  | { status: 'backup-available'; problem: VersionProblem<E>; backup: T; backupText: string; backupPath: string }
  | { status: 'unusable'; problem: VersionProblem<E>; backupProblem: VersionProblem<E> };

type VersionRead<T, E> = { ok: true; value: T; text: string } | { ok: false; problem: VersionProblem<E> };

async function readVersion<T, E>(fs: StorageFs, path: string, parse: (text: string, bytes: Uint8Array) => Parsed<T, E>): Promise<VersionRead<T, E>> {
  let text: string;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
    // For showing; the parser also gets the bytes, so it can refuse invalid UTF-8 instead of keeping U+FFFD.
    text = new TextDecoder().decode(bytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { ok: false, problem: { kind: 'missing' } };
    return { ok: false, problem: { kind: 'unreadable', code: err.code ?? 'EIO', message: err.message } };
  }
  const parsed = parse(text, bytes);
  return parsed.ok ? { ok: true, value: parsed.value, text } : { ok: false, problem: { kind: 'unparseable', error: parsed.error } };
}

/** Reads and parses `path`; only when that fails does it look at `<name>.bak`, and it reports both. */
export async function readFileWithBackupFallback<T, E>(
  path: string,
  parse: (text: string, bytes: Uint8Array) => Parsed<T, E>,
  options: { fs?: StorageFs } = {},
): Promise<BackupFallbackRead<T, E>> {
  const fs = options.fs ?? realFs;
  const main = await readVersion(fs, path, parse);
  if (main.ok) return { status: 'ok', value: main.value, text: main.text };
  const backupPath = backupPathOf(path);
  const backup = await readVersion(fs, backupPath, parse);
  if (backup.ok) {
    return { status: 'backup-available', problem: main.problem, backup: backup.value, backupText: backup.text, backupPath };
  }
  return { status: 'unusable', problem: main.problem, backupProblem: backup.problem };
}
