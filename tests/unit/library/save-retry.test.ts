import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryService } from '../../../src/main/library/library-service';
import { FaultyFs } from '../../../src/main/storage/faulty-fs';
import type { CopydeskApi } from '../../../src/shared/ipc/client';
import { dispatch, type Handlers } from '../../../src/shared/ipc/dispatch';
import { ArticleSession } from '../../../src/renderer/src/article/store/session';
import { steppingClock, tempLibrary } from './support';

const dirs = tempLibrary();
afterEach(() => void vi.useRealTimers());

/** The session talks to the real library service (real files, faults injected into its fs) through the real dispatcher. */
function clientFor(library: LibraryService): CopydeskApi {
  const handlers = {
    'library.save': (i: { file: string; article: never; baseHash: string; force: boolean }) => library.save(i.file, i.article, i.baseHash, i.force),
    'journal.write': async () => ({}),
    'journal.discard': async () => ({}),
  } as unknown as Handlers;
  return { call: (channel, payload) => dispatch(handlers, channel, payload), on: () => () => undefined } as CopydeskApi;
}

async function openWithFaults(rules: ConstructorParameters<typeof FaultyFs>[0]) {
  const plain = new LibraryService(dirs.lib, dirs.data, steppingClock());
  await plain.start();
  const created = await plain.create({ headline: 'Full disk' });
  const fs = new FaultyFs(rules);
  const library = new LibraryService(dirs.lib, dirs.data, steppingClock(), { fs });
  await library.start();
  const opened = await library.open(created.file);
  return { fs, session: new ArticleSession(clientFor(library), opened), path: join(dirs.lib, created.file) };
}

describe('saving retries on its own after a transient failure', () => {
  it('a full disk: the edit stays, the status says why, and it saves by itself once space is back', async () => {
    const articleWrites = (op: { kind: string; path?: string }) => op.kind === 'write' && !!op.path?.includes('full-disk.article.json');
    const { fs, session, path } = await openWithFaults([
      { kind: 'write', nth: 1, code: 'ENOSPC', match: articleWrites },
      { kind: 'write', nth: 2, code: 'ENOSPC', match: articleWrites },
    ]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    session.setField('dek', 'Typed while the disk was full.');
    expect(await session.save()).toBe(false);
    expect(session.getSnapshot().save).toMatchObject({ kind: 'failed', error: { code: 'disk-full' } });
    expect(readFileSync(path, 'utf8')).not.toContain('Typed while the disk was full.');

    await vi.advanceTimersByTimeAsync(5_000); // first retry: the disk is still full
    // The fault is recorded before the failed save has made its way back to the session: wait for both.
    await vi.waitFor(() => {
      expect(fs.injected).toHaveLength(2);
      expect(session.getSnapshot().save.kind).toBe('failed');
    });

    await vi.advanceTimersByTimeAsync(10_000); // second retry, twice as late: space is back
    await vi.waitFor(() => expect(session.getSnapshot().save.kind).toBe('saved'));
    expect(JSON.parse(readFileSync(path, 'utf8')).dek).toBe('Typed while the disk was full.');
    session.dispose();
  });

  it('a conflict is not retried: it waits for the user to choose', async () => {
    const library = new LibraryService(dirs.lib, dirs.data, steppingClock());
    await library.start();
    const created = await library.create({ headline: 'Contested' });
    // A scripted answer at the IPC boundary: the file always turns out to have changed elsewhere.
    const api = { call: vi.fn(async () => ({ ok: false, error: { code: 'conflict', message: 'changed elsewhere' } })), on: () => () => undefined };
    const session = new ArticleSession(api as unknown as CopydeskApi, created);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    session.setField('dek', 'Mine.');
    await session.save();
    const calls = api.call.mock.calls.length;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(api.call.mock.calls.filter((c) => (c as unknown[])[0] === 'library.save').length).toBe(calls);
    session.dispose();
  });

  it('a file deleted on disk fails the save with code "removed", is not retried or recreated, and Keep mine writes it back', async () => {
    const library = new LibraryService(dirs.lib, dirs.data, steppingClock());
    await library.start();
    const created = await library.create({ headline: 'Deleted under me' });
    const path = join(dirs.lib, created.file);
    const session = new ArticleSession(clientFor(library), created);
    rmSync(path);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    session.setField('dek', 'Mine, typed after the file went.');
    expect(await session.save()).toBe(false);
    expect(session.getSnapshot().save).toMatchObject({ kind: 'failed', error: { code: 'removed', message: expect.stringContaining(created.file) } });
    await vi.advanceTimersByTimeAsync(120_000);
    // Waiting for the user: nothing was written back behind their back.
    expect(existsSync(path)).toBe(false);
    vi.useRealTimers();
    await session.keepMine();
    expect(JSON.parse(readFileSync(path, 'utf8')).dek).toBe('Mine, typed after the file went.');
    session.dispose();
  });
});
