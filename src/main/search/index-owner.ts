import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One process at a time writes an index file. node-sqlite3-wasm locks a database by creating a
 * `<file>.lock` folder, which a killed process leaves behind and which would then refuse every later
 * open. So an owner file records the process using the index: a later process that finds the owner
 * dead (or finds itself, after a worker was stopped mid-write) clears the stale lock and takes over;
 * one that finds a live owner leaves the index alone.
 */
export interface IndexOwnership {
  release(): void;
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Claims `dbPath` for this process, or returns null when another live process holds it. */
export function claimIndex(dbPath: string): IndexOwnership | null {
  const ownerPath = `${dbPath}.owner`;
  mkdirSync(dirname(dbPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(ownerPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      // Whoever held the driver's lock before us is gone (we own the index now), so the lock is stale.
      rmSync(`${dbPath}.lock`, { recursive: true, force: true });
      return {
        release() {
          try {
            if (readFileSync(ownerPath, 'utf8') === String(process.pid)) rmSync(ownerPath, { force: true });
          } catch {
            // Already gone: nothing to release.
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let pid = NaN;
    try {
      pid = Number(readFileSync(ownerPath, 'utf8'));
    } catch {
      // Removed meanwhile: try again.
    }
    if (pid !== process.pid && alive(pid)) return null;
    rmSync(ownerPath, { force: true });
  }
  return null;
}
