import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { steppingClock, tempLibrary } from './support';
import { LibraryService } from '../../../src/main/library/library-service';
import { FaultyFs, type FaultCode, type FaultRule } from '../../../src/main/storage/faulty-fs';
import type { StorageOp } from '../../../src/main/storage/storage-fs';
import { toAppError } from '../../../src/shared/ipc/result';

/**
 * Reading the library through the injectable file system: a listing or an open that meets EIO,
 * EACCES or ENOENT answers with an error value (a code and a sentence) or lists the file as
 * unreadable, never lists a good article as gone for good, and changes nothing on disk.
 */

const dirs = tempLibrary();

/** Three saved articles, and every file's bytes as they were, to prove nothing was touched. */
async function libraryOfThree() {
  const plain = new LibraryService(dirs.lib, dirs.data, steppingClock());
  await plain.start();
  const made = [];
  for (const headline of ['Ferry vote', 'Budget talks', 'Harbour fire']) {
    const a = await plain.create({ headline });
    await plain.save(a.file, { ...a.article, dek: `${headline}, edited` }, a.hash, false);
    made.push(a.file);
  }
  await plain.list();
  return { files: made, snapshot: () => Object.fromEntries(readdirSync(dirs.lib).sort().map((n) => [n, readFileSync(join(dirs.lib, n), 'utf8')])) };
}

/** A service on a faulty file system whose rules apply only once it has started (start-up reads the folder too). */
async function withFaults(rules: FaultRule[]): Promise<{ library: LibraryService; fs: FaultyFs }> {
  let started = false;
  const fs = new FaultyFs(rules.map((r) => ({ ...r, match: (op: StorageOp) => started && (r.match?.(op) ?? true) })));
  const library = new LibraryService(dirs.lib, dirs.data, steppingClock(), { fs });
  await library.start();
  started = true;
  return { library, fs };
}

const onFile = (file: string) => (op: StorageOp) => 'path' in op && op.path === join(dirs.lib, file);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('it succeeded despite the injected fault'),
    (e: unknown) => toAppError(e),
  );

const SENTENCE: Record<'EIO' | 'EACCES', RegExp> = { EIO: /input\/output error/, EACCES: /not allowed to read/ };

describe('listing the library under read faults', () => {
  for (const code of ['EIO', 'EACCES'] as const) {
    it(`a folder read failing with ${code} answers io with a sentence, and the next listing has every article`, async () => {
      const { files, snapshot } = await libraryOfThree();
      const before = snapshot();
      const { library, fs } = await withFaults([{ kind: 'readdir', nth: 1, code, match: (op) => 'path' in op && op.path === dirs.lib }]);
      const error = await failure(library.list());
      expect(fs.injected).toHaveLength(1);
      expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(SENTENCE[code]) });
      expect(error.message).toContain(dirs.lib);
      expect((await library.list()).articles.map((a) => a.file).sort()).toEqual([...files].sort());
      expect(snapshot()).toEqual(before);
    });
  }

  it('a library folder gone (ENOENT) answers not-found', async () => {
    await libraryOfThree();
    const { library } = await withFaults([{ kind: 'readdir', nth: 1, code: 'ENOENT', match: (op) => 'path' in op && op.path === dirs.lib }]);
    expect(await failure(library.list())).toMatchObject({ code: 'not-found', message: expect.stringContaining('no longer there') });
  });

  const perFile: [FaultRule['kind'], FaultCode][] = [
    ['lstat', 'EIO'],
    ['lstat', 'EACCES'],
    ['readFile', 'EIO'],
    ['readFile', 'EACCES'],
  ];
  for (const [kind, code] of perFile) {
    it(`one file whose ${kind} fails with ${code} is listed as unreadable with the reason, the others as usual, and it is back next time`, async () => {
      const { files, snapshot } = await libraryOfThree();
      const before = snapshot();
      const [hit, ...rest] = files;
      // A fresh index, so the listing has to read every file rather than trust what it remembers.
      const { library, fs } = await withFaults([{ kind, nth: 1, code, match: onFile(hit) }]);
      library.forget(hit);
      const listing = await library.list();
      expect(fs.injected).toHaveLength(1);
      expect(listing.articles.map((a) => a.file).sort()).toEqual([...rest].sort());
      expect(listing.bad).toEqual([{ file: hit, reason: expect.stringMatching(SENTENCE[code as 'EIO' | 'EACCES']), readOnly: false }]);
      expect(listing.bad[0].reason).toContain('Nothing was changed');
      // The reason was not written into the index: once the fault has passed, the file is an article again.
      const again = await library.list();
      expect(again.bad).toEqual([]);
      expect(again.articles.map((a) => a.file).sort()).toEqual([...files].sort());
      expect(snapshot()).toEqual(before);
    });
  }

  it('a file that vanishes between the folder read and its stat (ENOENT) is simply not listed', async () => {
    const { files } = await libraryOfThree();
    const { library } = await withFaults([{ kind: 'lstat', nth: 1, code: 'ENOENT', match: onFile(files[1]) }]);
    const listing = await library.list();
    expect(listing.bad).toEqual([]);
    expect(listing.articles.map((a) => a.file).sort()).toEqual([files[0], files[2]].sort());
  });

  it('with every read failing for good, each file is listed as unreadable and a later start lists them all', async () => {
    const { files, snapshot } = await libraryOfThree();
    const before = snapshot();
    const isArticle = (op: StorageOp) => 'path' in op && op.path.endsWith('.article.json');
    const { library } = await withFaults([{ kind: 'readFile', nth: 1, code: 'EIO', permanent: true, match: isArticle }]);
    for (const f of files) library.forget(f);
    const listing = await library.list();
    expect(listing.articles).toEqual([]);
    expect(listing.bad.map((b) => b.file).sort()).toEqual([...files].sort());
    const healthy = new LibraryService(dirs.lib, dirs.data, steppingClock());
    await healthy.start();
    expect((await healthy.list()).articles.map((a) => a.file).sort()).toEqual([...files].sort());
    expect(snapshot()).toEqual(before);
  });

  it('a library folder that cannot be examined at start fails start with a sentence', async () => {
    const fs = new FaultyFs([{ kind: 'stat', nth: 1, code: 'EACCES', match: (op) => 'path' in op && op.path === dirs.lib }]);
    const library = new LibraryService(dirs.lib, dirs.data, steppingClock(), { fs });
    expect(await failure(library.start())).toMatchObject({ code: 'io', message: `The library folder ${dirs.lib} could not be read: Copydesk is not allowed to read it. Nothing was changed; check its permissions.` });
  });
});

describe('opening an article under read faults', () => {
  for (const code of ['EIO', 'EACCES'] as const) {
    it(`${code} on the file answers io naming the file, swaps in no backup, and the next open works`, async () => {
      const { files, snapshot } = await libraryOfThree();
      const before = snapshot();
      const { library } = await withFaults([{ kind: 'readFile', nth: 1, code, match: onFile(files[0]) }]);
      const error = await failure(library.open(files[0]));
      expect(error).toMatchObject({ code: 'io', message: expect.stringMatching(SENTENCE[code]) });
      expect(error.message).toContain(files[0]);
      expect((await library.open(files[0])).article.dek).toBe('Ferry vote, edited');
      expect(snapshot()).toEqual(before);
    });
  }

  it('ENOENT on the file answers not-found, even though its backup is there', async () => {
    const { files, snapshot } = await libraryOfThree();
    const before = snapshot();
    const { library } = await withFaults([{ kind: 'readFile', nth: 1, code: 'ENOENT', match: onFile(files[0]) }]);
    expect(await failure(library.open(files[0]))).toMatchObject({ code: 'not-found' });
    expect(snapshot()).toEqual(before);
  });

  it('the raw text view and the recovery check read through the same file system', async () => {
    const { files } = await libraryOfThree();
    const { library, fs } = await withFaults([
      { kind: 'stat', nth: 1, code: 'EIO', match: onFile(files[1]) },
      { kind: 'readFile', nth: 1, code: 'EACCES', match: onFile(files[2]) },
    ]);
    expect(await failure(library.readRaw(files[1]))).toMatchObject({ code: 'io', message: expect.stringMatching(SENTENCE.EIO) });
    expect(await failure(library.diskHash(files[2]))).toMatchObject({ code: 'io', message: expect.stringMatching(SENTENCE.EACCES) });
    expect(fs.injected.map((i) => i.op.kind)).toEqual(['stat', 'readFile']);
  });
});
