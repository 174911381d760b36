import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryService } from '../../../src/main/library/library-service';
import { listRecoverable } from '../../../src/main/library/recovery';
import { Journal } from '../../../src/main/storage/journal';
import { serializeArticle } from '../../../src/shared/article/file-format';
import type { CopydeskApi } from '../../../src/shared/ipc/client';
import { ArticleSession, JOURNAL_MS } from '../../../src/renderer/src/article/store/session';
import { articleLines, diffLines } from '../../../src/renderer/src/article/store/text-diff';
import { makeArticle } from '../helpers/doc-builder';
import { steppingClock, tempLibrary } from './support';

const dirs = tempLibrary();

describe('hot-exit journal in the main process', () => {
  it('offers each buffer checked against its file: unchanged, changed since, or gone', async () => {
    const lib = new LibraryService(dirs.lib, dirs.data, steppingClock());
    await lib.start();
    const journal = new Journal(join(dirs.data, 'journal'));
    await journal.start();
    const [a, b, c] = [await lib.create({ headline: 'A' }), await lib.create({ headline: 'B' }), await lib.create({ headline: 'C' })];
    for (const x of [a, b, c]) await journal.write(x.file, serializeArticle({ ...x.article, dek: 'unsaved' }), x.hash);
    writeFileSync(join(dirs.lib, b.file), serializeArticle({ ...b.article, dek: 'theirs' }));
    rmSync(join(dirs.lib, c.file));
    const offered = await listRecoverable(journal, lib);
    expect(Object.fromEntries(offered.map((o) => [o.file, o.check]))).toEqual({
      [a.file]: 'base-unchanged',
      [b.file]: 'changed-on-disk',
      [c.file]: 'missing-on-disk',
    });
    expect(offered.every((o) => o.article.dek === 'unsaved')).toBe(true);
    // The file changed since is not touched by listing or recovering it.
    expect(JSON.parse(readFileSync(join(dirs.lib, b.file), 'utf8')).dek).toBe('theirs');
  });
});

describe('the session journals unsaved edits', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function fakeApi(saveOk: boolean) {
    const calls: { channel: string; payload: Record<string, unknown> }[] = [];
    const api = {
      call: async (channel: string, payload: Record<string, unknown>) => {
        calls.push({ channel, payload });
        if (channel === 'library.save') {
          return saveOk
            ? { ok: true, value: { file: payload.file, hash: 'h2', summary: { updatedAt: '2026-03-01T10:00:00.000Z' } } }
            : { ok: false, error: { code: 'disk-full', message: 'The disk is full.' } };
        }
        return { ok: true, value: {} };
      },
      on: () => () => undefined,
    } as unknown as CopydeskApi;
    return { api, calls };
  }

  it('about a second after typing stops, at least every second while it goes on, not per keystroke; discarded after a save', async () => {
    const { api, calls } = fakeApi(true);
    const s = new ArticleSession(api, { file: 'a.article.json', article: makeArticle({ headline: 'A' }), hash: 'h1', readOnly: null });
    // 60 keystrokes over 3 s of continuous typing.
    for (let i = 0; i < 60; i++) {
      s.setField('dek', `typed ${i}`);
      await vi.advanceTimersByTimeAsync(50);
    }
    const writes = () => calls.filter((c) => c.channel === 'journal.write');
    expect(writes().length).toBeGreaterThanOrEqual(2);
    expect(writes().length).toBeLessThanOrEqual(4);
    // Typing stops: one more write within a second, before the autosave.
    await vi.advanceTimersByTimeAsync(JOURNAL_MS);
    expect((writes().at(-1)!.payload.article as { dek: string }).dek).toBe('typed 59');
    expect(writes().at(-1)!.payload.baseHash).toBe('h1');
    await vi.advanceTimersByTimeAsync(1000);
    // The autosave also keeps a version (versions.record), which has nothing to do with the journal.
    expect(calls.map((c) => c.channel).filter((c) => c !== 'versions.record').slice(-2)).toEqual(['library.save', 'journal.discard']);
    expect(calls.map((c) => c.channel)).toContain('versions.record');
    s.dispose();
  });

  it('keeps the journal and the dirty state when the save fails', async () => {
    const { api, calls } = fakeApi(false);
    const s = new ArticleSession(api, { file: 'a.article.json', article: makeArticle({ headline: 'A' }), hash: 'h1', readOnly: null });
    s.setField('headline', 'B');
    await vi.advanceTimersByTimeAsync(3000);
    expect(calls.map((c) => c.channel)).toEqual(['journal.write', 'library.save']);
    expect(s.getSnapshot()).toMatchObject({ dirty: true, save: { kind: 'failed', error: { code: 'disk-full' } } });
    s.dispose();
  });
});

describe('compare', () => {
  it('shows removed lines of the version on disk and added lines of mine', () => {
    const theirs = makeArticle({ headline: 'Vote', dek: 'Old dek' });
    const mine = { ...theirs, dek: 'New dek' };
    const d = diffLines(articleLines(theirs), articleLines(mine));
    expect(d.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'theirs', text: 'Dek: Old dek' },
      { kind: 'mine', text: 'Dek: New dek' },
    ]);
  });
});
