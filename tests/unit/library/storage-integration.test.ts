import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { steppingClock, tempLibrary } from './support';
import { LibraryService } from '../../../src/main/library/library-service';
import { TEMP_MARKER } from '../../../src/main/storage/atomic-write';
import { FaultyFs, readOnlyRules, type FaultCode } from '../../../src/main/storage/faulty-fs';
import type { StorageOpKind } from '../../../src/main/storage/storage-fs';
import { toAppError } from '../../../src/shared/ipc/result';
import { doc, p } from '../helpers/doc-builder';

/**
 * The library on the storage layer, on real temporary folders: start-up sweep, a backup on every
 * save, damaged files moved aside (never over a good backup), backups offered rather than swapped
 * in, and write errors reaching the UI's error codes with nothing on disk damaged.
 */

const dirs = tempLibrary();
const clock = steppingClock();

async function service(fs?: FaultyFs): Promise<LibraryService> {
  const s = new LibraryService(dirs.lib, dirs.data, clock, { fs });
  await s.start();
  return s;
}
const read = (name: string) => readFileSync(join(dirs.lib, name), 'utf8');
const headlineOf = (name: string) => (JSON.parse(read(name)) as { headline: string }).headline;

describe('library on the storage layer', () => {
  it('sweeps temporary files a crash left at start-up and never lists them', async () => {
    writeFileSync(join(dirs.lib, `${TEMP_MARKER}story.article.json.abc123`), '{"half":');
    const s = await service();
    expect(readdirSync(dirs.lib)).toEqual([]);
    expect((await s.list()).articles).toEqual([]);
  });

  it('keeps the previous version as .bak on every save, including one that renames the file', async () => {
    const s = await service();
    const a = await s.create({ headline: 'First' });
    const one = await s.save(a.file, { ...a.article, headline: 'Second' }, a.hash, false);
    expect(headlineOf(`${a.file}.bak`)).toBe('First');
    const two = await s.save(one.file, { ...a.article, headline: 'Third' }, one.hash, false);
    expect(headlineOf(`${a.file}.bak`)).toBe('Second');
    // A new slug renames the file; the version it replaced becomes the new name's backup.
    const renamed = await s.save(two.file, { ...a.article, headline: 'Fourth', slug: 'fourth' }, two.hash, false);
    expect(renamed.file).toBe('fourth.article.json');
    expect(headlineOf('fourth.article.json.bak')).toBe('Third');
    expect(readdirSync(dirs.lib).sort()).toEqual(['fourth.article.json', 'fourth.article.json.bak']);
  });

  it('lists only articles: backups, moved-aside and temporary files are skipped', async () => {
    const s = await service();
    const a = await s.create({ headline: 'Only one' });
    await s.save(a.file, { ...a.article, headline: 'Only one, edited' }, a.hash, false);
    writeFileSync(join(dirs.lib, `${a.file}.corrupt-2026-03-01T09-00-00-000Z`), 'garbage');
    writeFileSync(join(dirs.lib, `${a.file}.bad-2026-03-01T09-00-00-000Z`), 'garbage');
    writeFileSync(join(dirs.lib, `${TEMP_MARKER}${a.file}.ffffff`), 'half');
    const { articles, bad } = await s.list();
    expect(articles.map((x) => x.file)).toEqual([a.file]);
    expect(bad).toEqual([]);
  });

  it('force-saving over a damaged file moves it aside instead of overwriting the good backup', async () => {
    const s = await service();
    const a = await s.create({ headline: 'Good' });
    const saved = await s.save(a.file, { ...a.article, headline: 'Good, edited' }, a.hash, false);
    writeFileSync(join(dirs.lib, a.file), '{"schemaVersion":1,"id":"tru');
    await expect(s.save(a.file, { ...a.article, headline: 'Mine' }, saved.hash, false)).rejects.toMatchObject({ code: 'conflict' });
    await s.save(a.file, { ...a.article, headline: 'Mine' }, saved.hash, true);
    expect(headlineOf(a.file)).toBe('Mine');
    expect(headlineOf(`${a.file}.bak`)).toBe('Good');
    const aside = readdirSync(dirs.lib).filter((n) => n.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(read(aside[0]!)).toBe('{"schemaVersion":1,"id":"tru');
  });

  it('offers the backup of a damaged file, never swaps it in silently, and restores it on request', async () => {
    const s = await service();
    const a = await s.create({ headline: 'Before' });
    await s.save(a.file, { ...a.article, headline: 'After' }, a.hash, false);
    writeFileSync(join(dirs.lib, a.file), '');
    await expect(s.open(a.file)).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/empty.*backup saved/s) });
    expect(read(a.file)).toBe('');
    expect(await s.inspectBackup(a.file)).toMatchObject({ headline: 'Before' });
    expect((await s.list()).bad.map((b) => b.file)).toEqual([a.file]);

    const restored = await s.restoreBackup(a.file);
    expect(restored.article.headline).toBe('Before');
    expect(headlineOf(a.file)).toBe('Before');
    // The damaged version was moved aside, not deleted.
    expect(readdirSync(dirs.lib).filter((n) => n.includes('.corrupt-')).map(read)).toEqual(['']);
    expect((await s.list()).bad).toEqual([]);
    // A healthy file is not replaced by its backup.
    await expect(s.restoreBackup(a.file)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('moves a bad file aside inside the library and never deletes it; paths outside are refused', async () => {
    const s = await service();
    writeFileSync(join(dirs.lib, 'broken.article.json'), '\u0000\u0001binary');
    expect((await s.list()).bad.map((b) => b.file)).toEqual(['broken.article.json']);
    const { movedTo } = await s.moveAside('broken.article.json');
    expect(movedTo).toMatch(/^broken\.article\.json\.bad-\d{4}-\d\d-\d\dT[\d-]+Z$/);
    expect(read(movedTo)).toBe('\u0000\u0001binary');
    expect(existsSync(join(dirs.lib, 'broken.article.json'))).toBe(false);
    expect((await s.list()).bad).toEqual([]);
    for (const evil of ['../broken.article.json', '/etc/passwd', 'x/../../y.article.json', movedTo]) {
      await expect(s.moveAside(evil)).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('reports I/O errors with the UI code, keeps the file and its backup whole, and a retry succeeds', async () => {
    const cases: [StorageOpKind, FaultCode, string][] = [
      ['write', 'ENOSPC', 'disk-full'],
      ['fsync', 'EIO', 'io'],
      ['rename', 'EACCES', 'io'],
      ['fsync-dir', 'EIO', 'io'],
    ];
    let injected = 0;
    for (const [kind, code, uiCode] of cases) {
      rmSync(dirs.lib, { recursive: true, force: true });
      dirs.lib = mkdtempSync(join(tmpdir(), 'cd-dirs.lib-'));
      const clean = await service();
      const a = await clean.create({ headline: 'Budget' });
      const one = await clean.save(a.file, { ...a.article, body: doc(p('Version one.')) }, a.hash, false);
      const before = read(a.file);
      const backupBefore = read(`${a.file}.bak`);
      const fs = new FaultyFs([{ kind, nth: 1, code }]);
      const s = await service(fs);
      const error = await s.save(a.file, { ...a.article, body: doc(p('Version two.')) }, one.hash, false).then(
        () => expect.fail(`the save succeeded despite ${code} on ${kind}`),
        (e: unknown) => e,
      );
      injected += fs.injected.length;
      expect(toAppError(error).code).toBe(uiCode);
      // A failed directory fsync comes after the rename: the new version may be in place, whole.
      const after = read(a.file);
      if (kind === 'fsync-dir') expect(after === before || after.includes('Version two.')).toBe(true);
      else expect(after).toBe(before);
      expect([backupBefore, before]).toContain(read(`${a.file}.bak`));
      expect(readdirSync(dirs.lib).filter((n) => n.startsWith(TEMP_MARKER))).toEqual([]);
      // The fault was once: the editor's retry with the same base goes through, even when the failed save had landed.
      const retry = await s.save(a.file, { ...a.article, body: doc(p('Version two.')) }, one.hash, false);
      expect(JSON.stringify(JSON.parse(read(retry.file)).body)).toContain('Version two.');
    }
    expect(injected).toBe(cases.length);
  });

  it('a read-only library folder fails saves with a sentence and keeps the file', async () => {
    const s0 = await service();
    const a = await s0.create({ headline: 'Locked' });
    const s = await service(new FaultyFs(readOnlyRules('EACCES')));
    const error = await s.save(a.file, { ...a.article, headline: 'Locked, edited' }, a.hash, false).catch((e: unknown) => e);
    expect(toAppError(error)).toMatchObject({ code: 'io', message: expect.stringMatching(/not allowed to write/) });
    expect(headlineOf(a.file)).toBe('Locked');
  });
});
