import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_MARKER, backupPathOf, sweepTempFiles, writeFileAtomic } from '../../../src/main/storage/atomic-write';
import { FaultyFs, readOnlyRules, type FaultCode, type FaultRule } from '../../../src/main/storage/faulty-fs';
import { RecordingFs } from '../../../src/main/storage/recording-fs';
import type { StorageOpKind } from '../../../src/main/storage/storage-fs';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { toAppError, type ErrorCode } from '../../../src/shared/ipc/result';
import { article } from './support/articles';
import { tempDir } from './support/temp-dir';

/**
 * I/O errors: every operation a save performs is failed in turn, with each error code, once and
 * permanently. Whatever fails, no file is left corrupt, the previous version and its backup survive,
 * the error reaches the caller with a code the UI explains, and a retry after a passing fault succeeds.
 */

const older = serializeArticle(article('a1', 'Budget talks', 'Talks begin.'));
const old = serializeArticle(article('a1', 'Budget talks stall', 'Talks stalled on Tuesday.'));
const next = serializeArticle(article('a1', 'Budget agreed', 'A deal was reached late on Wednesday.'));
const UI_CODE: Record<FaultCode, ErrorCode> = { ENOSPC: 'disk-full', EIO: 'io', EACCES: 'io', EROFS: 'io', EPERM: 'io', ENOENT: 'not-found' };

let faultsInjected = 0;
let savesFailed = 0;
let retriesSucceeded = 0;
afterAll(() => {
  console.log(`I/O errors: ${faultsInjected} faults injected, ${savesFailed} saves failed cleanly, ${retriesSucceeded} retries succeeded, 0 corrupt files`);
});

async function libraryWithHistory(): Promise<{ dir: string; path: string }> {
  const dir = await tempDir('io');
  const path = join(dir, 'budget.json');
  await writeFile(path, old);
  await writeFile(backupPathOf(path), older);
  return { dir, path };
}

/** What must hold after any failed save: the file and its backup are whole versions, and the backup is the one before the file. */
async function expectIntact(dir: string, path: string): Promise<void> {
  const main = await readFile(path, 'utf8');
  const bak = await readFile(backupPathOf(path), 'utf8');
  expect([old, next]).toContain(main);
  expect(main === next ? [old] : [older, old]).toContain(bak);
  expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_MARKER))).toEqual([]);
}

async function expectSaveFails(save: Promise<void>, code: FaultCode): Promise<void> {
  const error = await save.then(
    () => expect.fail(`the save succeeded despite an injected ${code}`),
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ code });
  expect(toAppError(error).code).toBe(UI_CODE[code]);
  savesFailed++;
}

/** Each operation of a clean save, as [kind, nth occurrence of that kind]. */
async function operationsOfASave(): Promise<[StorageOpKind, number][]> {
  const { path } = await libraryWithHistory();
  const fs = new RecordingFs();
  await writeFileAtomic(path, next, { fs, backup: true });
  const seen = new Map<StorageOpKind, number>();
  return fs.log.map((op) => {
    seen.set(op.kind, (seen.get(op.kind) ?? 0) + 1);
    return [op.kind, seen.get(op.kind)!];
  });
}

const CODES: FaultCode[] = ['ENOSPC', 'EIO', 'EACCES'];

describe('I/O errors during a save', () => {
  it('fails every operation of a save with ENOSPC, EIO and EACCES, once and permanently, without losing anything', async () => {
    const operations = await operationsOfASave();
    expect(operations.length).toBeGreaterThan(10);
    for (const [kind, nth] of operations) {
      for (const code of CODES) {
        for (const permanent of [false, true]) {
          const { dir, path } = await libraryWithHistory();
          const fs = new FaultyFs([{ kind, nth, code, permanent }]);
          await expectSaveFails(writeFileAtomic(path, next, { fs, backup: true }), code);
          await expectIntact(dir, path);
          // The text is still in the editor; saving again either works (the fault passed) or fails the same way.
          const retry = writeFileAtomic(path, next, { fs, backup: true });
          if (permanent) await expectSaveFails(retry, code);
          else {
            await retry;
            retriesSucceeded++;
            expect(await readFile(path, 'utf8')).toBe(next);
            expect(await readFile(backupPathOf(path), 'utf8')).toBe(old);
          }
          await expectIntact(dir, path);
          faultsInjected += fs.injected.length;
        }
      }
    }
  });

  it('leaves a temporary file for the start-up sweep when even its removal fails', async () => {
    const { dir, path } = await libraryWithHistory();
    const rules: FaultRule[] = [
      { kind: 'fsync', nth: 1, code: 'EIO' },
      { kind: 'unlink', nth: 1, code: 'EIO', permanent: true },
    ];
    const fs = new FaultyFs(rules);
    await expectSaveFails(writeFileAtomic(path, next, { fs, backup: true }), 'EIO');
    faultsInjected += fs.injected.length;
    expect(await readFile(path, 'utf8')).toBe(old);
    const swept = await sweepTempFiles(dir);
    expect(swept).toHaveLength(1);
    await expectIntact(dir, path);
  });
});

describe('a library folder that cannot be written', () => {
  it('refuses to save into a read-only folder and keeps what was there', async () => {
    const { dir, path } = await libraryWithHistory();
    await chmod(dir, 0o500);
    // Root ignores permission bits (these tests often run as root in containers), so if a probe write
    // gets through, the folder's read-only behaviour is simulated with a fault-injecting fs instead.
    const rootIgnoresChmod = await writeFile(join(dir, 'probe'), '').then(
      () => true,
      () => false,
    );
    if (rootIgnoresChmod) await rm(join(dir, 'probe'));
    const fs = rootIgnoresChmod ? new FaultyFs(readOnlyRules('EACCES')) : undefined;
    console.log(`read-only library: ${rootIgnoresChmod ? 'running as root, chmod 0500 simulated by a fault-injecting fs' : 'real chmod 0500'}`);
    try {
      await expectSaveFails(writeFileAtomic(path, next, { fs, backup: true }), 'EACCES');
      await expectSaveFails(writeFileAtomic(join(dir, 'new.json'), next, { fs, backup: true }), 'EACCES');
      expect(toAppError(Object.assign(new Error(), { code: 'EACCES' })).message).toMatch(/read-only/);
      faultsInjected += fs?.injected.length ?? 0;
    } finally {
      await chmod(dir, 0o700);
    }
    await expectIntact(dir, path);
    expect((await readdir(dir)).sort()).toEqual(['budget.json', 'budget.json.bak']);
  });

  it('reports a removed library folder as not found and does not recreate it', async () => {
    const { dir, path } = await libraryWithHistory();
    await rm(dir, { recursive: true });
    await expectSaveFails(writeFileAtomic(path, next, { backup: true }), 'ENOENT');
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
