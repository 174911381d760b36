import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The value after `--name` or `--name=value` in argv. */
export function flag(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === `--${name}`) return argv[i + 1];
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}

/**
 * Where the library lives: `--library DIR`, else COPYDESK_LIBRARY, else "Copydesk" in the user's
 * documents folder (given by the host: Electron knows the real one, elsewhere ~/Documents).
 */
export function libraryPathFrom(argv: string[], env: NodeJS.ProcessEnv, documentsDir = join(homedir(), 'Documents')): string {
  const chosen = flag(argv, 'library') ?? env.COPYDESK_LIBRARY;
  return resolve(chosen && chosen.trim() ? chosen : join(documentsDir, 'Copydesk'));
}

/** App data (index, settings, journal): `--data DIR`, else COPYDESK_DATA, else the host's default. */
export function dataDirFrom(argv: string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const chosen = flag(argv, 'data') ?? env.COPYDESK_DATA;
  return resolve(chosen && chosen.trim() ? chosen : fallback);
}
