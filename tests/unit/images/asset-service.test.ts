import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssetService } from '../../../src/main/assets/asset-service';
import { StoredImageError } from '../../../src/main/assets/stored-image';
import { RecordingFs } from '../../../src/main/storage/recording-fs';
import { TEMP_MARKER } from '../../../src/main/storage/atomic-write';
import { AppError } from '../../../src/shared/ipc/result';
import { jpeg, png, SVG_WITH_SCRIPT } from '../../support/pictures';
import { tempDirs } from '../helpers/temp-dirs';

const tmp = tempDirs();

const ARTICLE = '3f2a9c1e-7d44-4c0b-9f1e-2a6b5c8d9e01';

describe('AssetService.add', () => {
  it('copies the picture into assets/<article>/<hash>.<ext> and answers with that library-relative src', async () => {
    const lib = tmp('cd-assets-');
    const bytes = png(4, 3);
    const added = await new AssetService(lib).add({ articleId: ARTICLE, fileName: 'ferry.png', bytes });
    expect(added).toMatchObject({ type: 'png', width: 4, height: 3, reused: false });
    expect(added.src).toMatch(new RegExp(`^assets/${ARTICLE}/[0-9a-f]{32}\\.png$`));
    expect(readFileSync(join(lib, added.src))).toEqual(bytes);
  });

  it('the same bytes are stored once, under the same name, even from another file name', async () => {
    const lib = tmp('cd-assets-');
    const assets = new AssetService(lib);
    const first = await assets.add({ articleId: ARTICLE, fileName: 'a.png', bytes: png(2, 2) });
    const again = await assets.add({ articleId: ARTICLE, fileName: 'copy of a.png', bytes: png(2, 2) });
    expect(again).toEqual({ ...first, reused: true });
    const other = await assets.add({ articleId: ARTICLE, fileName: 'b.jpg', bytes: jpeg(8, 8) });
    expect(other.src).not.toBe(first.src);
    expect(other.src.endsWith('.jpg')).toBe(true);
    expect(readdirSync(join(lib, 'assets', ARTICLE)).sort()).toHaveLength(2);
  });

  it('a damaged copy under the picture’s name is written again', async () => {
    const lib = tmp('cd-assets-');
    const assets = new AssetService(lib);
    const first = await assets.add({ articleId: ARTICLE, fileName: 'a.png', bytes: png(2, 2) });
    writeFileSync(join(lib, first.src), 'garbage');
    expect((await assets.add({ articleId: ARTICLE, fileName: 'a.png', bytes: png(2, 2) })).reused).toBe(false);
    expect(readFileSync(join(lib, first.src))).toEqual(png(2, 2));
  });

  it('writes atomically: a temporary file beside it, fsynced, renamed over, the folder fsynced', async () => {
    const lib = tmp('cd-assets-');
    const fs = new RecordingFs();
    const added = await new AssetService(lib, { fs }).add({ articleId: ARTICLE, fileName: 'a.png', bytes: png(2, 2) });
    const target = join(lib, added.src);
    const from = fs.log.findIndex((op) => op.kind === 'open' && op.flags === 'wx');
    const opened = fs.log[from];
    expect(opened.kind === 'open' && opened.path).toContain(TEMP_MARKER);
    // (The folder's own creation is made durable before, with fsyncs of its parents.)
    expect(fs.log.slice(from).map((op) => op.kind)).toEqual(['open', 'write', 'fsync', 'close', 'rename', 'open', 'fsync-dir', 'close']);
    const renamed = fs.log.find((op) => op.kind === 'rename')!;
    expect(renamed.kind === 'rename' && renamed.to).toBe(target);
    // Nothing was ever written to the picture's own name directly.
    expect(fs.log.some((op) => op.kind === 'write' && op.path === target)).toBe(false);
  });

  it('refuses hostile pictures with their sentence and writes nothing', async () => {
    const lib = tmp('cd-assets-');
    const assets = new AssetService(lib);
    for (const [fileName, bytes] of [
      ['logo.svg', SVG_WITH_SCRIPT],
      ['ferry.png', jpeg(10, 10)],
      ['ferry.png', png(10, 10).subarray(0, 50)],
      ['bomb.png', png(1, 1, undefined, { width: 50_000, height: 50_000 })],
      ['empty.png', new Uint8Array(0)],
    ] as const) {
      const err = await assets.add({ articleId: ARTICLE, fileName, bytes }).catch((e: unknown) => e);
      expect(err, fileName).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('bad-image');
      expect((err as AppError).message).toMatch(new RegExp(`^“${fileName.replace('.', '\\.')}” `));
    }
    expect(existsSync(join(lib, 'assets'))).toBe(false);
  });

  it('stays inside the library: an odd article id is made plain, a linked assets folder is refused', async () => {
    const lib = tmp('cd-assets-');
    const added = await new AssetService(lib).add({ articleId: '../../outside', fileName: 'a.png', bytes: png(1, 1) });
    expect(added.src).toMatch(/^assets\/outside-[0-9a-f]{8}\/[0-9a-f]{32}\.png$/);
    expect(existsSync(join(lib, added.src))).toBe(true);

    const lib2 = tmp('cd-assets-');
    const elsewhere = tmp('cd-elsewhere-');
    symlinkSync(elsewhere, join(lib2, 'assets'));
    const err = await new AssetService(lib2).add({ articleId: ARTICLE, fileName: 'a.png', bytes: png(1, 1) }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('forbidden');
    expect(readdirSync(join(elsewhere, ARTICLE))).toEqual([]);
  });
});

describe('AssetService.read', () => {
  it('reads whole pictures from the assets folder only', async () => {
    const lib = tmp('cd-assets-');
    const assets = new AssetService(lib);
    const added = await assets.add({ articleId: ARTICLE, fileName: 'a.png', bytes: png(2, 2) });
    expect(await assets.read(added.src)).toMatchObject({ type: 'png', mime: 'image/png' });

    writeFileSync(join(lib, 'secret.png'), png(1, 1));
    const outside = tmp('cd-outside-');
    writeFileSync(join(outside, 'secret.png'), png(1, 1));
    mkdirSync(join(lib, 'assets', 'x'));
    symlinkSync(join(outside, 'secret.png'), join(lib, 'assets', 'x', 'link.png'));
    writeFileSync(join(lib, 'assets', 'x', 'page.png'), '<html><script>alert(1)</script>');

    await expect(assets.read('secret.png')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assets.read('assets/../secret.png')).rejects.toMatchObject({ code: 'forbidden' });
    const reason = (src: string) => assets.read(src).then(() => 'read', (e: StoredImageError) => e.reason);
    expect(await reason('assets/x/link.png')).toBe('outside');
    expect(await reason('assets/x/page.png')).toBe('refused');
    expect(await reason('assets/x/missing.png')).toBe('missing');
  });
});
