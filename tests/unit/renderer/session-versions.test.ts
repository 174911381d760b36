import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../../../src/main/library/library-service';
import { VersionService } from '../../../src/main/versions/version-service';
import { versionHandlers } from '../../../src/main/versions/version-handlers';
import { serializeArticle } from '../../../src/shared/article/file-format';
import type { CopydeskApi } from '../../../src/shared/ipc/client';
import { dispatch, type Handlers } from '../../../src/shared/ipc/dispatch';
import { ArticleSession } from '../../../src/renderer/src/article/store/session';
import { mergeBase } from '../../../src/renderer/src/history/merge-with-disk';
import { steppingClock, tempLibrary } from '../library/support';

/**
 * The open article keeps versions as the journalist works: the real library, version history and
 * renderer session, joined by the real dispatch. Explicit saves are filed under their reason, not as
 * the autosave they also are; autosaves are thinned by the service.
 */

const dirs = tempLibrary();

function setup(hold?: Promise<void>) {
  const clock = steppingClock();
  const library = new LibraryService(dirs.lib, dirs.data, clock);
  const versions = new VersionService({ libraryPath: dirs.lib, clock });
  const handlers = {
    'library.open': (i: { file: string }) => library.open(i.file),
    'library.save': (i: { file: string; article: never; baseHash: string; force: boolean }) => library.save(i.file, i.article, i.baseHash, i.force),
    'journal.write': async () => ({}),
    'journal.discard': async () => ({}),
    ...versionHandlers(versions, () => 'Ana Ruiz'),
  } as unknown as Handlers;
  // `hold`: the first save waits for it before reaching the library, as a slow disk would make it.
  let held = hold;
  const api = {
    call: async (channel, payload) => {
      if (channel === 'library.save' && held) await held.finally(() => (held = undefined));
      return dispatch(handlers, channel, payload);
    },
    on: () => () => undefined,
  } as CopydeskApi;
  return { library, versions, api };
}

/** Resolves once the session has kept `n` versions in all. */
const keptAtLeast = (s: ArticleSession, n: number) =>
  new Promise<void>((resolve) => {
    const check = () => s.versions.value.kept >= n && (off(), resolve());
    const off = s.versions.subscribe(check);
    check();
  });

/**
 * A new article in a fresh library, open in a session. `held`: the session's first save waits at
 * the boundary until `release()`, as a slow disk would make it.
 */
async function openStory(headline: string, { held = false } = {}) {
  let release = () => {};
  const parts = setup(held ? new Promise<void>((r) => (release = r)) : undefined);
  await parts.library.start();
  const created = await parts.library.create({ headline });
  const s = new ArticleSession(parts.api, { ...created, readOnly: null });
  return { ...parts, created, s, release };
}

describe('versions kept by the open article', () => {
  it('an autosave, then an explicit save filed as a save, then a status change; nothing twice', async () => {
    const { versions, created, s } = await openStory('Ferry fares');

    s.setField('dek', 'Fares rise in March.');
    await s.persistence.save();
    await keptAtLeast(s, 1);
    s.setField('dek', 'Fares rise in April.');
    expect(await s.save(false, 'save')).toBe(true);
    // Saving again with nothing changed keeps nothing new.
    expect(await s.save(false, 'save')).toBe(true);
    s.setField('status', 'ready-for-edit');
    expect(await s.save(false, 'status')).toBe(true);

    const { versions: list } = await versions.list(created.article.id);
    expect(list.map((v) => v.reason)).toEqual(['status', 'save', 'autosave']);
    expect(list.every((v) => v.author === 'Ana Ruiz')).toBe(true);
    expect(s.versions.value).toEqual({ kept: 3, note: null });
    s.dispose();
  });

  it('two decisions saved in quick succession keep a version each, in order', async () => {
    const { versions, created, s } = await openStory('Ferry fares');
    s.setField('dek', 'After the first decision.');
    const first = s.save(false, 'decision');
    s.setField('dek', 'After the second decision.');
    const second = s.save(false, 'decision');
    expect(await Promise.all([first, second])).toEqual([true, true]);
    const { versions: list } = await versions.list(created.article.id);
    expect(list.map((v) => v.reason)).toEqual(['decision', 'decision']);
    const deks = await Promise.all(list.map(async (v) => (await versions.read(created.article.id, v.id)).article.dek));
    expect(deks).toEqual(['After the second decision.', 'After the first decision.']);
    s.dispose();
  });

  it('decisions made while a save is writing are written and kept one by one, each with the text as it was then', async () => {
    const { versions, created, s, release } = await openStory('Ferry fares', { held: true });
    s.setField('dek', 'Typed.');
    const autosave = s.save();
    const saves = ['One.', 'Two.', 'Three.'].map((dek) => {
      s.setField('dek', dek);
      return s.save(false, 'decision');
    });
    // Asked twice for the same state: one version.
    saves.push(s.save(false, 'decision'));
    release();
    expect(await Promise.all([autosave, ...saves])).toEqual([true, true, true, true, true]);
    const { versions: list } = await versions.list(created.article.id);
    const kept = await Promise.all(list.map(async (v) => `${v.reason} ${(await versions.read(created.article.id, v.id)).article.dek}`));
    expect(kept).toEqual(['decision Three.', 'decision Two.', 'decision One.', 'autosave Typed.']);
    expect(JSON.parse(readFileSync(join(dirs.lib, s.file), 'utf8')).dek).toBe('Three.');
    s.dispose();
  });

  it('a restored version is saved as an edit; the merge base is the version the file was saved as', async () => {
    const { library, versions, api, created, s } = await openStory('Ferry fares');
    s.setField('dek', 'First dek.');
    await s.save(false, 'save');
    const [first] = (await versions.list(created.article.id)).versions;
    s.setField('dek', 'Second dek.');
    await s.save(false, 'save');

    const base = await mergeBase(api, s);
    expect(base?.dek).toBe('Second dek.');

    const restored = await versions.restore(created.article.id, first.id, s.currentArticle(), 'Ana Ruiz');
    expect(await s.replaceAndSave(restored.article, 'save')).toBe(true);
    expect((await library.open(s.file)).article.dek).toBe('First dek.');
    expect(s.persistence.getSnapshot().dirty).toBe(false);

    // A file the history never kept: the base is the copy this session saved last.
    const opened = await library.open(s.file);
    writeFileSync(join(dirs.lib, s.file), serializeArticle({ ...opened.article, dek: 'Theirs.' }));
    expect((await mergeBase(api, s))?.dek).toBe('First dek.');
    s.dispose();
  });

  it('Keep mine pressed while a save is still writing is still a forced save: the deleted file is written back', async () => {
    const { s, release } = await openStory('Pier closure', { held: true });
    const path = join(dirs.lib, s.file);
    s.setField('dek', 'The pier shuts on Monday.');
    const first = s.save(false, 'save');
    rmSync(path);
    const mine = s.keepMine();
    release();
    // The first write finds the file gone; the forced one asked for meanwhile writes it back.
    expect(await mine).toBe(true);
    expect(await first).toBe(true);
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).dek).toBe('The pier shuts on Monday.');
    expect(s.persistence.getSnapshot().save).toEqual({ kind: 'saved' });
    s.dispose();
  });
});
