import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { FaultyFs } from '../../../src/main/storage/faulty-fs';
import { AtomicJsonAdapter, type SetAsideDbFile } from '../../../src/main/storage/lowdb-adapter';
import { tempDir } from './support/temp-dir';

type Index = { files: Record<string, string> };
const isIndex = (raw: unknown): raw is Index =>
  !!raw && typeof raw === 'object' && typeof (raw as Index).files === 'object' && (raw as Index).files !== null;
const now = () => new Date('2024-05-01T10:00:00.000Z');

describe('AtomicJsonAdapter', () => {
  it('stores lowdb data as pretty-printed JSON, keeping the previous version as .bak', async () => {
    const path = join(await tempDir(), 'index.json');
    const db = new Low<Index>(new AtomicJsonAdapter(path, { validate: isIndex }), { files: {} });
    await db.read();
    await db.update((d) => (d.files['a.json'] = 'h1'));
    await db.update((d) => (d.files['b.json'] = 'h2'));
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify({ files: { 'a.json': 'h1', 'b.json': 'h2' } }, null, 2) + '\n');
    expect(JSON.parse(await readFile(`${path}.bak`, 'utf8'))).toEqual({ files: { 'a.json': 'h1' } });
  });

  it('stores a cache as one line of JSON with no .bak: it is rebuilt from the files, not restored', async () => {
    const dir = await tempDir();
    const path = join(dir, 'index.json');
    const db = new Low<Index>(new AtomicJsonAdapter(path, { validate: isIndex, cache: true }), { files: {} });
    await db.update((d) => (d.files['a.json'] = 'h1'));
    await db.update((d) => (d.files['b.json'] = 'h2'));
    expect(await readFile(path, 'utf8')).toBe(JSON.stringify({ files: { 'a.json': 'h1', 'b.json': 'h2' } }));
    expect(await readdir(dir)).toEqual(['index.json']);
    await db.read();
    expect(db.data).toEqual({ files: { 'a.json': 'h1', 'b.json': 'h2' } });
  });

  it.each([
    ['truncated', '{"files": {"a.json": "h'],
    ['empty', ''],
    ['binary', '\u0000\u0001\u0002'],
    ['of the wrong shape', '[1, 2, 3]'],
  ])('reads a %s file as no data and moves it aside for inspection', async (_, content) => {
    const dir = await tempDir();
    const path = join(dir, 'index.json');
    await writeFile(path, content);
    const setAside: SetAsideDbFile[] = [];
    const db = new Low<Index>(new AtomicJsonAdapter(path, { validate: isIndex, now, onSetAside: (f) => setAside.push(f) }), { files: {} });
    await db.read();
    expect(db.data).toEqual({ files: {} });
    const movedTo = `${path}.corrupt-2024-05-01T10-00-00-000Z`;
    expect(setAside).toEqual([{ path, movedTo, reason: expect.any(String) }]);
    expect(await readFile(movedTo, 'utf8')).toBe(content);
    // The caller rebuilds; the next write starts a fresh, valid file.
    await db.update((d) => (d.files['a.json'] = 'h1'));
    expect((await readdir(dir)).sort()).toEqual(['index.json', 'index.json.corrupt-2024-05-01T10-00-00-000Z']);
    expect(await new AtomicJsonAdapter<Index>(path).read()).toEqual({ files: { 'a.json': 'h1' } });
  });

  it('never overwrites an earlier corrupt copy that was set aside in the same millisecond', async () => {
    const path = join(await tempDir(), 'index.json');
    const adapter = new AtomicJsonAdapter<Index>(path, { now });
    await writeFile(path, 'first');
    await adapter.read();
    await writeFile(path, 'second');
    await adapter.read();
    expect(await readFile(`${path}.corrupt-2024-05-01T10-00-00-000Z`, 'utf8')).toBe('first');
    expect(await readFile(`${path}.corrupt-2024-05-01T10-00-00-000Z-2`, 'utf8')).toBe('second');
  });

  it('lets a read error through instead of treating an unreadable disk as a corrupt file', async () => {
    const path = join(await tempDir(), 'index.json');
    await writeFile(path, '{"files": {}}');
    const fs = new FaultyFs([{ kind: 'readFile', nth: 1, code: 'EIO' }]);
    await expect(new AtomicJsonAdapter<Index>(path, { fs }).read()).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(path, 'utf8')).toBe('{"files": {}}');
  });

  it('lands the last of overlapping writes', async () => {
    const path = join(await tempDir(), 'index.json');
    const adapter = new AtomicJsonAdapter<Index>(path);
    await Promise.all(Array.from({ length: 25 }, (_, i) => adapter.write({ files: { n: String(i) } })));
    expect(await adapter.read()).toEqual({ files: { n: '24' } });
  });
});
