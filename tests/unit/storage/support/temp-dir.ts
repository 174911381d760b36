import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A real, empty folder removed when the current test ends. */
export async function tempDir(label = 'storage'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `copydesk-${label}-`));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
