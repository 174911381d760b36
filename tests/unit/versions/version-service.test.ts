import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/shared/article/model';
import { versionsChannels } from '../../../src/shared/ipc/channels/versions';
import { LibraryService, hashBytes } from '../../../src/main/library/library-service';
import { VersionService } from '../../../src/main/versions/version-service';
import { versionHandlers } from '../../../src/main/versions/version-handlers';
import { doc, makeArticle, p } from '../helpers/doc-builder';
import { tempLibrary } from '../library/support';

const dirs = tempLibrary();

/** A clock the test moves by hand. */
function handClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  const clock = () => new Date(t);
  clock.advance = (ms: number) => void (t += ms);
  return clock;
}
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

function service(clock = handClock(), extra: Partial<ConstructorParameters<typeof VersionService>[0]> = {}) {
  const s = new VersionService({ libraryPath: dirs.lib, clock, ...extra });
  return { s, clock };
}

const story = (words: string, extra: Partial<Article> = {}) => makeArticle({ id: 'ferry-1', headline: 'Ferry vote', body: doc(p(words)), ...extra });

describe('version history', () => {
  it('keeps a version at a save, beside the article and not in it, and lists it with time, author, status and words', async () => {
    const { s, clock } = service();
    await s.start();
    const first = await s.record(story('The council voted.'), 'save', 'Ana Ruiz');
    clock.advance(MINUTE);
    const second = await s.record(story('The council voted narrowly on Tuesday.', { status: 'ready-for-edit' }), 'status', 'Ana Ruiz');
    expect(first.note).toBeNull();
    expect(second.version).toMatchObject({ author: 'Ana Ruiz', status: 'ready-for-edit', reason: 'status', wordsAdded: 3, wordsRemoved: 0, words: 6 });
    const { versions, notes } = await s.list('ferry-1');
    expect(notes).toEqual([]);
    expect(versions.map((v) => v.reason)).toEqual(['status', 'save']);
    expect(versions[1]).toMatchObject({ at: '2026-03-01T09:00:00.000Z', wordsAdded: 3, wordsRemoved: 0 });
    expect(readdirSync(join(dirs.lib, '.copydesk', 'versions', 'ferry-1'))).toHaveLength(2);
    const read = await s.read('ferry-1', versions[1].id);
    expect(read.article.body).toEqual(story('The council voted.').body);
    await s.stop();
  });

  it('keeps nothing when nothing changed, and at most one autosave version per ten minutes', async () => {
    const { s, clock } = service();
    await s.record(story('One.'), 'save', 'Ana');
    expect((await s.record(story('One.'), 'save', 'Ana')).version).toBeNull();
    clock.advance(2 * MINUTE);
    expect((await s.record(story('One two.'), 'autosave', 'Ana')).version).toBeNull();
    expect((await s.record(story('One two.'), 'export', 'Ana')).version).not.toBeNull();
    clock.advance(9 * MINUTE);
    expect((await s.record(story('One two three.'), 'autosave', 'Ana')).version).toBeNull();
    clock.advance(2 * MINUTE);
    expect((await s.record(story('One two three.'), 'autosave', 'Ana')).version).not.toBeNull();
    expect((await s.list('ferry-1')).versions.map((v) => v.reason)).toEqual(['autosave', 'export', 'save']);
  });

  it('an explicit save of bytes autosave already kept relabels that version instead of vanishing from the history', async () => {
    const { s, clock } = service();
    await s.record(story('One.'), 'save', 'Ana');
    clock.advance(11 * MINUTE);
    expect((await s.record(story('One two.'), 'autosave', 'Ana')).version).not.toBeNull();
    clock.advance(MINUTE);
    const relabelled = await s.record(story('One two.'), 'save', 'Sam');
    expect(relabelled.version).toMatchObject({ reason: 'save', author: 'Sam' });
    // Still one version of those bytes, now filed as the save, and read back as such by a new service.
    expect((await s.list('ferry-1')).versions.map((v) => v.reason)).toEqual(['save', 'save']);
    const fresh = new VersionService({ libraryPath: dirs.lib });
    expect((await fresh.list('ferry-1')).versions.map((v) => `${v.reason} ${v.author}`)).toEqual(['save Sam', 'save Ana']);
    // A purposeful version is never relabelled: the same bytes saved again keep nothing.
    expect((await s.record(story('One two.'), 'status', 'Ana')).version).toBeNull();
  });

  it('stays bounded: the newest are kept, older ones thinned to the last of each day', async () => {
    const { s, clock } = service(handClock(), { keep: 4 });
    // Three a day for four days.
    for (let day = 0; day < 4; day++) {
      for (let i = 0; i < 3; i++) {
        await s.record(story(`Day ${day} edit ${i}.`), 'save', 'Ana');
        clock.advance(60 * MINUTE);
      }
      clock.advance(DAY - 3 * 60 * MINUTE);
    }
    const texts = await Promise.all((await s.list('ferry-1')).versions.map(async (v) => (await s.read('ferry-1', v.id)).article.body.content![0].content![0].text));
    expect(texts).toEqual(['Day 3 edit 2.', 'Day 3 edit 1.', 'Day 3 edit 0.', 'Day 2 edit 2.', 'Day 2 edit 1.', 'Day 1 edit 2.', 'Day 0 edit 2.']);
  });

  it('restores a version after keeping the current state as one, with the current status and hand-off log', async () => {
    const { s, clock } = service();
    await s.record(story('The first draft.'), 'save', 'Ana');
    clock.advance(MINUTE);
    const log = [{ id: 'st1', by: 'Ana', at: '2026-03-01T09:01:00.000Z', from: 'draft' as const, to: 'in-edit' as const, note: '', overrides: [] }];
    const current = story('A rewrite nobody liked.', { status: 'in-edit', statusLog: log });
    const [oldest] = (await s.list('ferry-1')).versions;
    const restored = await s.restore('ferry-1', oldest.id, current, 'Tom Lee');
    expect(restored.article.body).toEqual(story('The first draft.').body);
    expect(restored.article).toMatchObject({ status: 'in-edit', statusLog: log });
    expect(restored.kept).toMatchObject({ reason: 'before-restore', author: 'Tom Lee' });
    const after = await s.list('ferry-1');
    expect((await s.read('ferry-1', after.versions[0].id)).article.body).toEqual(current.body);
  });

  it('finds the version a library file was saved as, by the hash the library gives the file', async () => {
    const library = new LibraryService(dirs.lib, dirs.data);
    await library.start();
    const { s } = service();
    const created = await library.create({ headline: 'Ferry vote' });
    const saved = await library.save(created.file, { ...created.article, body: doc(p('Saved words.')) }, created.hash, false);
    const onDisk = readFileSync(join(dirs.lib, saved.file));
    expect(hashBytes(onDisk)).toBe(saved.hash);
    await s.recordFile(saved.file, 'save', 'Ana');
    expect((await s.byHash(created.article.id, saved.hash))?.body).toEqual(doc(p('Saved words.')));
    expect(await s.byHash(created.article.id, 'not-a-hash')).toBeNull();
  });

  it('skips a damaged version with a note and leaves its file alone; no folder is just no history', async () => {
    const { s, clock } = service();
    expect(await s.list('ferry-1')).toEqual({ versions: [], notes: [] });
    await s.record(story('Good.'), 'save', 'Ana');
    clock.advance(MINUTE);
    const folder = join(dirs.lib, '.copydesk', 'versions', 'ferry-1');
    writeFileSync(join(folder, '20260301T090100000Z-deadbeef.json'), '{"format":1,"id":"cut');
    const { versions, notes } = await s.list('ferry-1');
    expect(versions).toHaveLength(1);
    expect(notes).toEqual(['1 version of this article could not be read and is not shown; the file is left as found.']);
    // Recording still works beside it, and the damaged file is still there.
    expect((await s.record(story('Better.'), 'save', 'Ana')).version).not.toBeNull();
    expect(readFileSync(join(folder, '20260301T090100000Z-deadbeef.json'), 'utf8')).toBe('{"format":1,"id":"cut');
    await expect(s.read('ferry-1', '20260301T090100000Z-deadbeef')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a versions folder that is a file: a note when listing and when saving, never a failed save', async () => {
    mkdirSync(join(dirs.lib, '.copydesk'), { recursive: true });
    writeFileSync(join(dirs.lib, '.copydesk', 'versions'), 'oops');
    const { s } = service();
    expect((await s.list('ferry-1')).notes[0]).toMatch(/version history folder in the library is damaged/);
    const r = await s.record(story('Words.'), 'save', 'Ana');
    expect(r.version).toBeNull();
    expect(r.note).toMatch(/damaged/);
    expect(readFileSync(join(dirs.lib, '.copydesk', 'versions'), 'utf8')).toBe('oops');
  });

  it('keeps every id inside its own folder, and refuses a version id that is not one', async () => {
    const { s } = service();
    await s.record(story('x', { id: '../../outside' }), 'save', 'Ana');
    expect(existsSync(join(dirs.lib, '..', 'outside'))).toBe(false);
    const folders = readdirSync(join(dirs.lib, '.copydesk', 'versions'));
    expect(folders).toEqual([expect.stringMatching(/^id-[0-9a-f]{32}$/)]);
    expect((await s.list('../../outside')).versions).toHaveLength(1);
    await expect(s.read('ferry-1', '../../../etc/passwd')).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('leaves no temporary file behind, and the handlers keep the saved file under the display name from settings', async () => {
    const library = new LibraryService(dirs.lib, dirs.data);
    await library.start();
    const { s, clock } = service();
    let name = 'Ana Ruiz';
    const h = versionHandlers(s, () => name);
    const created = await library.create({ headline: 'Ferry vote' });
    const input = versionsChannels['versions.record'].input.parse({ file: created.file, reason: 'save' });
    expect((await h['versions.record'](input)).version?.author).toBe('Ana Ruiz');
    name = 'Tom Lee';
    clock.advance(MINUTE);
    const saved = await library.save(created.file, { ...created.article, body: doc(p('Other words.')) }, created.hash, false);
    expect((await h['versions.record']({ file: saved.file, reason: 'decision' })).version).toMatchObject({ author: 'Tom Lee', hash: saved.hash, wordsAdded: 2 });
    const folder = join(dirs.lib, '.copydesk', 'versions', created.article.id);
    const files = readdirSync(folder).sort();
    expect(files.every((f) => /^\d{8}T\d{9}Z-[0-9a-f]{8}\.json$/.test(f))).toBe(true);
    const listed = versionsChannels['versions.list'].output.parse(await h['versions.list']({ articleId: created.article.id }));
    expect(listed.versions).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(folder, files[1]), 'utf8')).article).toEqual(JSON.parse(readFileSync(join(dirs.lib, saved.file), 'utf8')));
    await expect(h['versions.record']({ file: '../escape.article.json', reason: 'save' })).rejects.toBeTruthy();
  });
});
