import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceBookService, sourceBookPath } from '../../../src/main/sources/source-book-service';
import { makeSource } from '../helpers/doc-builder';

let library: string;
beforeEach(() => {
  library = mkdtempSync(join(tmpdir(), 'copydesk-sources-'));
});
afterEach(() => rmSync(library, { recursive: true, force: true }));

async function open(): Promise<SourceBookService> {
  const book = new SourceBookService(library);
  await book.start();
  return book;
}

const bell = makeSource({ id: 'src-bell', name: 'Morag Bell', title: 'chair', affiliation: 'Transport Committee', contact: '07700 900123', notes: 'Prefers mornings' });
const official = makeSource({ id: 'src-anon', name: '', standing: 'anonymous', anonymousDescription: 'a senior council official', anonymityReason: 'Not authorised to speak' });

describe('the source book', () => {
  it('starts empty when the library has none', async () => {
    const book = await open();
    expect(book.list()).toEqual([]);
    expect(existsSync(sourceBookPath(library))).toBe(false);
  });

  it('keeps sources, private details included, in the library folder across restarts', async () => {
    const book = await open();
    await book.upsert(bell);
    await book.upsert(official);
    const file = join(library, '.copydesk', 'source-book.json');
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.sources.map((s: { id: string }) => s.id).sort()).toEqual(['src-anon', 'src-bell']);
    const again = await open();
    expect(again.list()).toEqual([official, bell]);
    expect(again.list()[1].contact).toBe('07700 900123');
  });

  it('replaces a source with the same id rather than adding a second, and keeps a backup of the previous file', async () => {
    const book = await open();
    await book.upsert(bell);
    await book.upsert({ ...bell, title: 'former chair' });
    expect(book.list()).toHaveLength(1);
    expect(book.list()[0].title).toBe('former chair');
    expect(readdirSync(join(library, '.copydesk'))).toContain('source-book.json.bak');
  });

  it('searches names, titles, affiliations and descriptions by every word, ignoring case', async () => {
    const book = await open();
    await book.upsert(bell);
    await book.upsert(official);
    expect(book.search('bell').map((s) => s.id)).toEqual(['src-bell']);
    expect(book.search('TRANSPORT chair').map((s) => s.id)).toEqual(['src-bell']);
    expect(book.search('council official').map((s) => s.id)).toEqual(['src-anon']);
    expect(book.search('').length).toBe(2);
    expect(book.search('nobody')).toEqual([]);
  });

  it('sets a damaged file aside and starts empty instead of failing', async () => {
    const book = await open();
    await book.upsert(bell);
    writeFileSync(sourceBookPath(library), '{"version":1,"sources":[{"nope":');
    const again = await open();
    expect(again.list()).toEqual([]);
    expect(readdirSync(join(library, '.copydesk')).some((f) => f.startsWith('source-book.json.corrupt-'))).toBe(true);
  });

  it('refuses a source the model rejects', async () => {
    const book = await open();
    await expect(book.upsert({ ...bell, id: '' })).rejects.toThrow();
  });
});
