import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh library folder and data folder for each test, removed after it; read `lib`/`data` inside tests. */
export function tempLibrary(): { lib: string; data: string } {
  const dirs = { lib: '', data: '' };
  beforeEach(() => {
    dirs.lib = mkdtempSync(join(tmpdir(), 'cd-lib-'));
    dirs.data = mkdtempSync(join(tmpdir(), 'cd-data-'));
  });
  afterEach(() => {
    rmSync(dirs.lib, { recursive: true, force: true });
    rmSync(dirs.data, { recursive: true, force: true });
  });
  return dirs;
}

/** A clock that moves one second per call, so saved times are distinct and ordered. */
export function steppingClock(start = '2026-03-01T09:00:00Z'): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}
