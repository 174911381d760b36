import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, checkAgainstDisk } from '../../../src/main/storage/journal';
import { TEMP_MARKER } from '../../../src/main/storage/atomic-write';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { article, contentHash, mustParse } from './support/articles';
import { tempDir } from './support/temp-dir';

describe('Journal', () => {
  it('round-trips unsaved buffers per article file, with time and base hash', async () => {
    const dir = join(await tempDir(), 'data', 'journal');
    let clock = Date.parse('2024-05-01T10:00:00Z');
    const journal = new Journal(dir, { now: () => new Date((clock += 1000)) });
    await journal.start();
    expect(journal.swept).toEqual([]);
    const onDisk = serializeArticle(article('a1', 'Fire on Main St'));
    const edited = serializeArticle(article('a1', 'Fire on Main St', 'Crews arrived at 9.'));
    await journal.write('news/fire.json', edited, contentHash(onDisk));
    await journal.write('new/untitled.json', serializeArticle(article('a2', '')), null);

    const again = new Journal(dir);
    const entry = await again.read('news/fire.json');
    expect(entry).toMatchObject({ file: 'news/fire.json', baseHash: contentHash(onDisk), savedAt: '2024-05-01T10:00:01.000Z' });
    expect(mustParse(entry!.articleJson).body.content?.[0].content?.[0].text).toBe('Crews arrived at 9.');
    expect((await again.list()).map((e) => e.file)).toEqual(['news/fire.json', 'new/untitled.json']);

    await again.discard('news/fire.json');
    await again.discard('news/fire.json');
    expect(await again.read('news/fire.json')).toBeNull();
    expect((await again.list()).map((e) => e.file)).toEqual(['new/untitled.json']);
  });

  it('keeps the last of quick successive writes for one file', async () => {
    const journal = new Journal(await tempDir());
    await Promise.all(Array.from({ length: 30 }, (_, i) => journal.write('a.json', `keystroke ${i}`, null)));
    expect((await journal.read('a.json'))?.articleJson).toBe('keystroke 29');
    await journal.write('a.json', 'x', null);
    await Promise.all([journal.write('a.json', 'y', null), journal.discard('a.json')]);
    expect(await journal.read('a.json')).toBeNull();
  });

  it('sweeps temporary files at start and skips entries it cannot read', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, `${TEMP_MARKER}0123.journal.json.abc`), '{"form');
    await writeFile(join(dir, 'ffff.journal.json'), 'not json');
    const journal = new Journal(dir);
    await journal.start();
    expect(journal.swept).toEqual([`${TEMP_MARKER}0123.journal.json.abc`]);
    expect(await journal.list()).toEqual([]);
    expect(await readdir(dir)).toEqual(['ffff.journal.json']);
  });

  it('tells whether a recovered buffer still matches the file on disk', () => {
    const entry = { format: 1 as const, file: 'a.json', articleJson: '{}', baseHash: 'h1', savedAt: '' };
    expect(checkAgainstDisk(entry, 'h1')).toBe('base-unchanged');
    expect(checkAgainstDisk(entry, 'h2')).toBe('changed-on-disk');
    expect(checkAgainstDisk(entry, null)).toBe('missing-on-disk');
    expect(checkAgainstDisk({ ...entry, baseHash: null }, null)).toBe('base-unchanged');
  });
});
