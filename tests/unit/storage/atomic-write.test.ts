import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_MARKER, backupPathOf, sweepTempFiles, writeFileAtomic } from '../../../src/main/storage/atomic-write';
import { FaultyFs } from '../../../src/main/storage/faulty-fs';
import { readFileWithBackupFallback, type Parsed } from '../../../src/main/storage/read-with-backup';
import { RecordingFs } from '../../../src/main/storage/recording-fs';
import { parseArticle, serializeArticle } from '../../../src/shared/article/file-format';
import type { Article } from '../../../src/shared/article/model';
import { article } from './support/articles';
import { tempDir } from './support/temp-dir';

const parse = (text: string): Parsed<Article, string> => {
  const r = parseArticle(text);
  return r.ok ? { ok: true, value: r.article } : { ok: false, error: r.error.code };
};

describe('writeFileAtomic', () => {
  it('replaces the file and keeps the previous version as .bak', async () => {
    const dir = await tempDir();
    const path = join(dir, 'council-vote.json');
    const v1 = serializeArticle(article('a1', 'Council votes', 'Draft.'));
    const v2 = serializeArticle(article('a1', 'Council votes 7-2', 'Final.'));
    await writeFileAtomic(path, v1, { backup: true });
    expect(await readdir(dir)).toEqual(['council-vote.json']);
    await writeFileAtomic(path, v2, { backup: true });
    expect(await readFile(path, 'utf8')).toBe(v2);
    expect(await readFile(backupPathOf(path), 'utf8')).toBe(v1);
    expect((await readdir(dir)).sort()).toEqual(['council-vote.json', 'council-vote.json.bak']);
  });

  it('fsyncs the temp file before the rename and the directory after it, backup first', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, 'old');
    const fs = new RecordingFs();
    await writeFileAtomic(path, 'new', { fs, backup: true });
    const steps = fs.log.map((op) => op.kind);
    const lastRename = steps.lastIndexOf('rename');
    expect(steps.indexOf('fsync')).toBeLessThan(steps.indexOf('rename'));
    expect(steps.slice(lastRename + 1)).toContain('fsync-dir');
    // The backup's rename is made durable before the main file is replaced.
    expect(steps.slice(steps.indexOf('rename'), lastRename)).toContain('fsync-dir');
    const renames = fs.log.filter((op) => op.kind === 'rename');
    expect(renames.map((op) => op.to)).toEqual([backupPathOf(path), path]);
  });

  it('uses a new temporary name for every write, so concurrent writers never share one', async () => {
    const dir = await tempDir();
    const fs = new RecordingFs();
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(join(dir, 'same.json'), `v${i}`, { fs })));
    const temps = fs.log.filter((op) => op.kind === 'open' && op.flags === 'wx').map((op) => ('path' in op ? op.path : ''));
    expect(new Set(temps).size).toBe(20);
    expect(temps.every((t) => t.includes(TEMP_MARKER))).toBe(true);
    expect(await readdir(dir)).toEqual(['same.json']);
  });

  it('does not overwrite the backup when the same content is saved again (a retry of a save that landed)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFileAtomic(path, 'v1', { backup: true });
    await writeFileAtomic(path, 'v2', { backup: true });
    await writeFileAtomic(path, 'v2', { backup: true });
    expect(await readFile(backupPathOf(path), 'utf8')).toBe('v1');
  });

  it('removes its temporary file when the write fails, and leaves the old file alone', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, 'old');
    const fs = new FaultyFs([{ kind: 'write', nth: 1, code: 'ENOSPC' }]);
    await expect(writeFileAtomic(path, 'new', { fs, backup: true })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readdir(dir)).toEqual(['a.json']);
    expect(await readFile(path, 'utf8')).toBe('old');
  });
});

describe('sweepTempFiles', () => {
  it('removes the temporary files a crash left and reports them, touching nothing else', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.json'), 'keep');
    await writeFile(join(dir, 'a.json.bak'), 'keep');
    await writeFile(join(dir, `${TEMP_MARKER}a.json.0a1b2c`), 'half');
    await writeFile(join(dir, `${TEMP_MARKER}a.json.bak.3d4e5f`), '');
    expect((await sweepTempFiles(dir)).sort()).toEqual([`${TEMP_MARKER}a.json.0a1b2c`, `${TEMP_MARKER}a.json.bak.3d4e5f`]);
    expect((await readdir(dir)).sort()).toEqual(['a.json', 'a.json.bak']);
  });

  it('spares temporary files young enough to belong to a writer that is still running', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, `${TEMP_MARKER}x.json.1`), '');
    expect(await sweepTempFiles(dir, { minAgeMs: 60_000 })).toEqual([]);
    expect(await sweepTempFiles(dir, { minAgeMs: 60_000, now: Date.now() + 120_000 })).toEqual([`${TEMP_MARKER}x.json.1`]);
  });

  it('treats a missing folder as nothing to sweep', async () => {
    expect(await sweepTempFiles(join(await tempDir(), 'gone'))).toEqual([]);
  });
});

describe('readFileWithBackupFallback', () => {
  it('reads a good file without looking at the backup', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, serializeArticle(article('a1', 'Good')));
    const r = await readFileWithBackupFallback(path, parse);
    expect(r.status === 'ok' && r.value.headline).toBe('Good');
  });

  it('reports a truncated file and offers its backup instead of swapping it in', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    const good = serializeArticle(article('a1', 'Yesterday'));
    await writeFile(backupPathOf(path), good);
    await writeFile(path, good.slice(0, 40));
    const r = await readFileWithBackupFallback(path, parse);
    expect(r).toMatchObject({ status: 'backup-available', problem: { kind: 'unparseable', error: 'not-json' }, backupPath: backupPathOf(path) });
    expect(r.status === 'backup-available' && r.backup.headline).toBe('Yesterday');
    expect(await readFile(path, 'utf8')).toBe(good.slice(0, 40));
  });

  it('reports both problems when neither version can be used', async () => {
    const dir = await tempDir();
    const path = join(dir, 'a.json');
    await writeFile(path, '');
    const r = await readFileWithBackupFallback(path, parse);
    expect(r).toEqual({ status: 'unusable', problem: { kind: 'unparseable', error: 'empty' }, backupProblem: { kind: 'missing' } });
  });
});
