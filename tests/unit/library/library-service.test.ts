import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, symlinkSync, existsSync, promises as fsPromises } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { steppingClock, tempLibrary } from './support';
import { LibraryService } from '../../../src/main/library/library-service';
import { parseArticle, serializeArticle } from '../../../src/shared/article/file-format';
import { SCHEMA_VERSION } from '../../../src/shared/article/model';
import { AppError } from '../../../src/shared/ipc/result';
import { doc, p, section, title, makeArticle } from '../helpers/doc-builder';

const dirs = tempLibrary();
const clock = steppingClock();

async function service(): Promise<LibraryService> {
  const s = new LibraryService(dirs.lib, dirs.data, clock);
  await s.start();
  return s;
}

describe('LibraryService on a real folder', () => {
  it('creates an article file that opens again, with a schema version', async () => {
    const s = await service();
    const created = await s.create({ headline: 'Council votes', byline: 'By Ana Ruiz' });
    expect(created.file).toBe('council-votes.article.json');
    const onDisk = JSON.parse(readFileSync(join(dirs.lib, created.file), 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.byline).toBe('By Ana Ruiz');
    const opened = await s.open(created.file);
    expect(opened.article).toEqual(created.article);
    expect(opened.hash).toBe(created.hash);
  });

  it('names new files uniquely and lists newest first with word counts', async () => {
    const s = await service();
    const a = await s.create({});
    const b = await s.create({});
    expect([a.file, b.file]).toEqual(['untitled.article.json', 'untitled-2.article.json']);
    const body = doc(p('One two three.'), section(title('Four five'), p('six seven')));
    await s.save(a.file, { ...a.article, headline: 'First', body }, a.hash, false);
    const { articles } = await s.list();
    expect(articles.map((x) => [x.headline, x.wordCount])).toEqual([
      ['First', 7],
      ['', 0],
    ]);
  });

  it('renames the file when the slug changes, resolving collisions, and keeps no stale copy', async () => {
    const s = await service();
    const other = await s.create({ headline: 'Ferry vote' });
    const a = await s.create({});
    const saved = await s.save(a.file, { ...a.article, slug: 'ferry-vote' }, a.hash, false);
    expect(saved.file).toBe('ferry-vote-2.article.json');
    expect(readdirSync(dirs.lib).filter((f) => f.endsWith('.article.json')).sort()).toEqual(['ferry-vote-2.article.json', other.file]);
    // Saving again under the same slug keeps the collision-resolved name instead of renaming back and forth.
    const again = await s.save(saved.file, { ...a.article, slug: 'ferry-vote', headline: 'x' }, saved.hash, false);
    expect(again.file).toBe('ferry-vote-2.article.json');
  });

  it('refuses to overwrite a file someone else changed, unless told to', async () => {
    const s = await service();
    const a = await s.create({ headline: 'Mine' });
    const theirs = { ...a.article, headline: 'Theirs' };
    writeFileSync(join(dirs.lib, a.file), serializeArticle(theirs));
    await expect(s.save(a.file, { ...a.article, headline: 'Mine, edited' }, a.hash, false)).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(readFileSync(join(dirs.lib, a.file), 'utf8')).headline).toBe('Theirs');
    await s.save(a.file, { ...a.article, headline: 'Mine, edited' }, a.hash, true);
    expect(JSON.parse(readFileSync(join(dirs.lib, a.file), 'utf8')).headline).toBe('Mine, edited');
  });

  it('rebuilds an identical index after the lowdb file is deleted or corrupted', async () => {
    const s = await service();
    for (const h of ['One', 'Two', 'Three']) {
      const a = await s.create({ headline: h });
      await s.save(a.file, { ...a.article, body: doc(p(`${h} has words.`)) }, a.hash, false);
    }
    const before = await s.list();
    rmSync(join(dirs.data, 'library-index.json'));
    expect(await (await service()).list()).toEqual(before);
    writeFileSync(join(dirs.data, 'library-index.json'), '{"version":1,"entries":{"one.article.json":');
    expect(await (await service()).list()).toEqual(before);
  });

  it('a save tells its listeners from the index, and the index on disk catches up when the service stops', async () => {
    const s = await service();
    const a = await s.create({ headline: 'Pier' });
    await s.list();
    const told = new Promise<string[]>((resolve) => {
      const off = s.onDidChange((l) => (off(), resolve(l.articles.map((x) => x.headline))));
    });
    const saved = await s.save(a.file, { ...a.article, headline: 'Pier shuts' }, a.hash, false);
    expect(await told).toEqual(['Pier shuts']);
    await s.stop();
    const index = JSON.parse(readFileSync(join(dirs.data, 'library-index.json'), 'utf8'));
    expect(index.entries[saved.file].summary.headline).toBe('Pier shuts');
  });

  it('opens a newer-schema file read-only and never overwrites it', async () => {
    const s = await service();
    const future = {
      ...makeArticle({ headline: 'From the future', dek: 'Still readable', body: doc(p('The body survives.')) }),
      schemaVersion: SCHEMA_VERSION + 1,
      newField: 1,
      status: 'a-status-from-the-future',
    };
    const text = JSON.stringify(future, null, 2);
    writeFileSync(join(dirs.lib, 'future.article.json'), text);
    const opened = await s.open('future.article.json');
    expect(opened.readOnly).toMatch(/newer version of Copydesk/);
    expect(opened.article.headline).toBe('From the future');
    expect(opened.article.dek).toBe('Still readable');
    expect(JSON.stringify(opened.article.body)).toContain('The body survives.');
    expect(opened.article.status).toBe('draft');
    await expect(s.save('future.article.json', opened.article, opened.hash, true)).rejects.toMatchObject({ code: 'read-only' });
    expect(readFileSync(join(dirs.lib, 'future.article.json'), 'utf8')).toBe(text);
    const { bad } = await s.list();
    expect(bad).toEqual([expect.objectContaining({ file: 'future.article.json', readOnly: true })]);
  });

  it('still reads a file another program put over one it saved: a newer version is refused, damage moved aside', async () => {
    const s = await service();
    const a = await s.create({ headline: 'Ferry fares' });
    const saved = await s.save(a.file, { ...a.article, body: doc(p('Ours.')) }, a.hash, false);
    const future = JSON.stringify({ ...makeArticle({ headline: 'Ferry fares' }), schemaVersion: SCHEMA_VERSION + 1 });
    writeFileSync(join(dirs.lib, saved.file), future);
    await expect(s.save(saved.file, a.article, saved.hash, true)).rejects.toMatchObject({ code: 'read-only' });
    expect(readFileSync(join(dirs.lib, saved.file), 'utf8')).toBe(future);
    writeFileSync(join(dirs.lib, saved.file), '{ not json');
    const again = await s.save(saved.file, { ...a.article, body: doc(p('Ours again.')) }, saved.hash, true);
    expect(readdirSync(dirs.lib).some((f) => f.startsWith(`${saved.file}.corrupt-`))).toBe(true);
    expect(parseArticle(readFileSync(join(dirs.lib, again.file), 'utf8')).ok).toBe(true);
  });

  it('lists corrupt files with a reason and leaves them untouched', async () => {
    const s = await service();
    writeFileSync(join(dirs.lib, 'truncated.article.json'), '{"schemaVersion":1,"id":"x","headl');
    writeFileSync(join(dirs.lib, 'empty.article.json'), '');
    writeFileSync(join(dirs.lib, 'binary.article.json'), Buffer.from([0, 1, 2, 255, 254]));
    const { articles, bad } = await s.list();
    expect(articles).toEqual([]);
    const reasons = Object.fromEntries(bad.map((b) => [b.file, b.reason]));
    expect(reasons['truncated.article.json']).toMatch(/not valid JSON/);
    expect(reasons['empty.article.json']).toMatch(/empty/);
    expect(reasons['binary.article.json']).toMatch(/binary/);
    await expect(s.open('truncated.article.json')).rejects.toMatchObject({ code: 'bad-file' });
    expect(readFileSync(join(dirs.lib, 'truncated.article.json'), 'utf8')).toBe('{"schemaVersion":1,"id":"x","headl');
  });

  it('refuses paths outside the library and links leading out', async () => {
    const s = await service();
    const outside = mkdtempSync(join(tmpdir(), 'cd-outside-'));
    writeFileSync(join(outside, 'secret.article.json'), serializeArticle(makeArticle({ headline: 'secret' })));
    symlinkSync(join(outside, 'secret.article.json'), join(dirs.lib, 'link.article.json'));
    for (const bad of ['../secret.article.json', join(outside, 'secret.article.json'), 'link.article.json', 'notes.txt', '.hidden.article.json', 'a\u0000.article.json']) {
      await expect(s.open(bad)).rejects.toBeInstanceOf(AppError);
      await expect(s.open(bad)).rejects.toMatchObject({ code: 'forbidden' });
    }
    rmSync(outside, { recursive: true, force: true });
  });

  it('sweeps temporary files a crash left behind, keeping the article', async () => {
    const a = await (await service()).create({ headline: 'Kept' });
    writeFileSync(join(dirs.lib, '.copydesk-tmp-kept.article.json.abc123'), '{"half');
    await service();
    expect(readdirSync(dirs.lib)).toEqual([a.file]);
    expect(parseArticle(readFileSync(join(dirs.lib, a.file), 'utf8')).ok).toBe(true);
  });

  it('tells listeners when the library changes', async () => {
    const s = await service();
    const seen: number[] = [];
    s.onDidChange((l) => seen.push(l.articles.length));
    await s.create({});
    // The listing goes out in the background after the save; on a busy machine it can take longer than a fixed pause.
    await expect.poll(() => seen, { timeout: 5000, interval: 10 }).toEqual([1]);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([1]);
    expect(existsSync(join(dirs.lib, 'untitled.article.json'))).toBe(true);
  });

  it('never leaves listeners with an older listing than the last change (a slow rescan overtaken by a save)', async () => {
    const s = await service();
    const seen: number[] = [];
    s.onDidChange((l) => seen.push(l.articles.length));
    // The first directory read (a rescan, as the watcher makes) sees the empty folder but answers late.
    const realReaddir = fsPromises.readdir.bind(fsPromises);
    const spy = vi.spyOn(fsPromises, 'readdir').mockImplementationOnce((async (...args: Parameters<typeof realReaddir>) => {
      const names = await realReaddir(...args);
      await new Promise((r) => setTimeout(r, 200));
      return names;
    }) as typeof fsPromises.readdir);
    const rescan = s.notifyChanged();
    await s.create({ headline: 'Arrives during the rescan' });
    await rescan;
    // Listings run one at a time in order: once this one is answered, every earlier one has reached the listeners.
    await s.list();
    spy.mockRestore();
    expect(seen.at(-1)).toBe(1);
    expect((await s.list()).articles).toHaveLength(1);
  });
});
