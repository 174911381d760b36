import { readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { LibraryService, hashBytes } from '../../../src/main/library/library-service';
import { LibraryWatcher } from '../../../src/main/watcher/library-watcher';
import { serializeArticle } from '../../../src/shared/article/file-format';
import type { CopydeskApi } from '../../../src/shared/ipc/client';
import { dispatch, type Handlers } from '../../../src/shared/ipc/dispatch';
import { ArticleSession } from '../../../src/renderer/src/article/store/session';
import { steppingClock, tempLibrary } from '../library/support';

/**
 * Other programs against a dirty open article: hundreds of external edits (including same-size
 * edits with the modification time put back), renames over the file and deletes, each followed by
 * the session's autosave. The real LibraryService, the real watcher and the real renderer session,
 * joined by the real dispatch. Whatever happens, the session never overwrites the other program's
 * version without the user choosing "keep mine", and the watcher reports every change.
 */

const dirs = tempLibrary();
let figures = '';
afterAll(() => console.log(figures));

function clientFor(library: LibraryService): CopydeskApi {
  const handlers = {
    'library.open': (i: { file: string }) => library.open(i.file),
    'library.save': (i: { file: string; article: never; baseHash: string; force: boolean }) => library.save(i.file, i.article, i.baseHash, i.force),
    'journal.write': async () => ({}),
    'journal.discard': async () => ({}),
  } as unknown as Handlers;
  return { call: (channel, payload) => dispatch(handlers, channel, payload), on: () => () => undefined } as CopydeskApi;
}

type Op = 'edit' | 'same-size-edit' | 'rename-over' | 'delete';

describe('external changes against a dirty open article', () => {
  it('0 silent overwrites across hundreds of edits, renames-over and deletes', async () => {
    const library = new LibraryService(dirs.lib, dirs.data, steppingClock());
    await library.start();
    const created = await library.create({ headline: 'Ferry fares' });
    const file = created.file;
    const path = join(dirs.lib, file);
    const reported: { file: string; hash: string | null }[] = [];
    const watcher = new LibraryWatcher(library, (c) => reported.push(c), { intervalMs: 60_000 });
    await watcher.start();
    const opened = await library.open(file);
    const session = new ArticleSession(clientFor(library), opened);

    const ops = fc.sample(fc.constantFrom<Op>('edit', 'same-size-edit', 'rename-over', 'delete'), { numRuns: 300, seed: 4 });
    const counts = { edit: 0, 'same-size-edit': 0, 'rename-over': 0, delete: 0 };
    let silentOverwrites = 0;
    let refusedSaves = 0;
    let missedReports = 0;
    let keptMine = 0;
    let tookTheirs = 0;
    for (const [n, op] of ops.entries()) {
      counts[op]++;
      session.setField('dek', `my edit ${n}`);
      const before = existsSync(path) ? statSync(path) : null;
      let theirs: string | null;
      if (op === 'delete') {
        rmSync(path, { force: true });
        theirs = null;
      } else {
        const base = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { ...created.article };
        // Same length every time for same-size edits: only the content hash can tell.
        base.headline = op === 'same-size-edit' ? `Ferry fares ${String(n % 1000).padStart(3, '0')}` : `Theirs ${n} ${'x'.repeat(n % 7)}`;
        theirs = serializeArticle(base);
        if (op === 'rename-over') {
          writeFileSync(join(dirs.lib, 'elsewhere.tmp'), theirs);
          renameSync(join(dirs.lib, 'elsewhere.tmp'), path);
        } else {
          writeFileSync(path, theirs);
        }
        if (op === 'same-size-edit' && before) utimesSync(path, before.atime, before.mtime);
      }
      const reportsBefore = reported.length;
      await watcher.check(true);
      const theirHash = theirs === null ? null : hashBytes(theirs);
      // A plain write is truncate-then-write, so fs.watch may also report the half-written moment: the last report counts.
      const report = reported.slice(reportsBefore).filter((r) => r.file === file).at(-1);
      const changed = before !== null || theirs !== null;
      if (changed && (!report || report.hash !== theirHash)) {
        // Deleting a file already gone is no change; anything else must be reported.
        if (!(before === null && theirs === null)) missedReports++;
      }
      if (report) session.diskChanged(report.hash);

      // The autosave runs as it would after the pause.
      const ok = await session.save();
      const now = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (now !== theirs) silentOverwrites++;
      if (!ok) refusedSaves++;
      expect(session.getSnapshot().dirty).toBe(true);

      // Now and then the user decides.
      if (n % 10 === 9) {
        await session.keepMine();
        keptMine++;
        expect(JSON.parse(readFileSync(path, 'utf8')).dek).toBe(`my edit ${n}`);
        await watcher.check(true); // Our own write is not reported as someone else's.
      } else if (n % 10 === 4 && theirs !== null) {
        const r = await library.open(file);
        session.replaceWith(r);
        tookTheirs++;
        expect(session.getSnapshot().dirty).toBe(false);
      }
    }
    const ownReported = reported.filter((r) => r.hash !== null && library.isOwnWrite(r.file, r.hash)).length;
    await watcher.stop();
    session.dispose();
    figures =
      `external changes: ${ops.length} against a dirty open article (${counts.edit} edits, ${counts['same-size-edit']} same-size edits with mtime restored, ` +
      `${counts['rename-over']} renames over it, ${counts.delete} deletes); ${refusedSaves} autosaves refused, ${reported.length} changes reported, ` +
      `${missedReports} missed, ${keptMine} "keep mine", ${tookTheirs} "take theirs", ${silentOverwrites} silent overwrites`;
    expect(silentOverwrites).toBe(0);
    expect(missedReports).toBe(0);
    expect(ownReported).toBe(0);
  });

  it('fs.watch alone (no explicit check) reports an edit within a second, and not our own saves', async () => {
    const library = new LibraryService(dirs.lib, dirs.data, steppingClock());
    await library.start();
    const a = await library.create({ headline: 'Quiet' });
    const reported: { file: string; hash: string | null }[] = [];
    const watcher = new LibraryWatcher(library, (c) => reported.push(c), { intervalMs: 500 });
    await watcher.start();
    await library.save(a.file, { ...a.article, dek: 'ours' }, a.hash, false);
    await new Promise((r) => setTimeout(r, 700));
    expect(reported).toEqual([]);
    const theirs = serializeArticle({ ...a.article, dek: 'theirs' });
    writeFileSync(join(dirs.lib, a.file), theirs);
    await expect.poll(() => reported, { timeout: 1500, interval: 50 }).toEqual([{ file: a.file, hash: hashBytes(theirs) }]);
    await watcher.stop();
  });
});
