import { describe, expect, it } from 'vitest';
import { checkImage, imageDimensions, MAX_IMAGE_BYTES, sniffImageType } from '../../../src/shared/images/image-check';
import { assetFolderFor, assetPathFromUrl, assetUrl, isAssetPath } from '../../../src/shared/images/asset-path';
import { imageWidthPercent } from '../../../src/shared/images/image-width';
import { gif, jpeg, png, SVG_WITH_SCRIPT, webp } from '../../support/pictures';

const refusal = (bytes: Uint8Array, name?: string) => {
  const r = checkImage(bytes, name);
  if (r.ok) throw new Error(`${name} was accepted`);
  return r;
};

describe('checkImage accepts the four raster types with their size', () => {
  it.each([
    ['ferry.png', png(3, 2), 'png', 3, 2],
    ['ferry.JPG', jpeg(640, 480), 'jpeg', 640, 480],
    ['ferry.jpeg', jpeg(1, 1), 'jpeg', 1, 1],
    ['ferry.gif', gif(), 'gif', 1, 1],
    ['ferry.webp', webp(1200, 800), 'webp', 1200, 800],
    // A pasted picture has no name, or one without an extension.
    ['', png(1, 1), 'png', 1, 1],
    ['IMG_2034', jpeg(10, 20), 'jpeg', 10, 20],
    ['Screenshot 2025-03-14 at 10.33.12', png(2, 2), 'png', 2, 2],
  ])('%s', (name, bytes, type, width, height) => {
    expect(checkImage(bytes, name)).toMatchObject({ ok: true, type, width, height });
  });
});

describe('checkImage refuses hostile files with a sentence', () => {
  it('an SVG with a script, whatever it is called', () => {
    for (const name of ['logo.svg', 'logo.png', '']) {
      const r = refusal(SVG_WITH_SCRIPT, name);
      expect(r.code).toBe('svg');
      expect(r.message).toMatch(/SVG drawing, which can carry scripts, so Copydesk does not take it: save it as PNG or JPEG/);
    }
  });

  it('a file whose extension lies about what it holds', () => {
    const r = refusal(jpeg(10, 10), 'ferry.png');
    expect(r.code).toBe('wrong-extension');
    expect(r.message).toBe('“ferry.png” is named as a .png file but holds a JPEG picture: rename it to .jpg if that is what it is, then insert it.');
    expect(refusal(png(1, 1), 'notes.txt').code).toBe('wrong-extension');
    expect(refusal(png(1, 1), 'page.html').code).toBe('wrong-extension');
  });

  it('a file that is not a picture at all, named as one', () => {
    const r = refusal(new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'ferry.png');
    expect(r).toMatchObject({ code: 'not-an-image', message: '“ferry.png” is not a PNG, JPEG, GIF or WebP picture.' });
    expect(refusal(new Uint8Array([0x42, 0x4d, 0, 0, 0, 0]), 'scan.bmp').code).toBe('not-an-image');
  });

  it('truncated PNG, JPEG, GIF and WebP files', () => {
    const whole = png(20, 20, (x, y) => [x * 10, y * 10, 0]);
    for (const cut of [whole.length - 12, whole.length - 1, 40]) {
      expect(refusal(whole.subarray(0, cut), 'ferry.png').code, `PNG cut at ${cut}`).toBe('truncated');
    }
    expect(refusal(png(1, 1).subarray(0, 20), 'ferry.png').code).toBe('damaged'); // not even a whole header
    const j = jpeg(100, 50);
    expect(refusal(j.subarray(0, j.length - 2), 'ferry.jpg').message).toMatch(/“ferry.jpg” is cut short \(the JPEG file ends before the picture does\)/);
    expect(refusal(j.subarray(0, 12), 'ferry.jpg').code).toBe('damaged');
    expect(refusal(gif().subarray(0, gif().length - 1), 'x.gif').code).toBe('truncated');
    expect(refusal(webp(10, 10).subarray(0, 26), 'x.webp').code).toBe('truncated');
  });

  it('huge dimensions: more than 20,000 pixels a side or 100 million in all', () => {
    const side = refusal(png(1, 1, undefined, { width: 30_000, height: 10 }), 'wide.png');
    expect(side.code).toBe('too-many-pixels');
    expect(side.message).toContain('30,000 × 10 pixels');
    expect(refusal(png(1, 1, undefined, { width: 12_000, height: 12_000 }), 'big.png').code).toBe('too-many-pixels');
    expect(refusal(jpeg(65_000, 65_000), 'bomb.jpg').code).toBe('too-many-pixels');
    expect(refusal(png(1, 1, undefined, { width: 0, height: 10 }), 'zero.png').code).toBe('damaged');
    // At the limits exactly is still a picture (the checks read headers, they do not decode).
    expect(checkImage(png(1, 1, undefined, { width: 20_000, height: 5_000 })).ok).toBe(true);
  });

  it('zero bytes, and more than the 25 MB cap', () => {
    expect(refusal(new Uint8Array(0), 'empty.png')).toMatchObject({ code: 'empty', message: '“empty.png” is empty (0 bytes): there is no picture in it.' });
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(png(1, 1));
    expect(refusal(big, 'huge.png')).toMatchObject({ code: 'too-large' });
    expect(refusal(big, 'huge.png').message).toContain('more than the 25 MB a picture may be');
  });
});

describe('image headers', () => {
  it('reads sizes without decoding, and sniffs nothing from text', () => {
    expect(imageDimensions(png(7, 5), 'png')).toEqual({ width: 7, height: 5 });
    expect(imageDimensions(jpeg(300, 200), 'jpeg')).toEqual({ width: 300, height: 200 });
    expect(imageDimensions(webp(16383, 2), 'webp')).toEqual({ width: 16383, height: 2 });
    expect(sniffImageType(new TextEncoder().encode('GIF8'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('RIFF....WAVE'))).toBeNull();
  });
});

describe('asset paths', () => {
  it('only plain paths inside assets/ are pictures the editor may load', () => {
    expect(isAssetPath('assets/a1/0123abcd.png')).toBe(true);
    for (const bad of ['assets', 'assets/', '../assets/x.png', 'assets/../x.png', '/assets/x.png', 'photos/x.png', 'assets\\x.png', 'data:image/png;base64,AA', 'https://x/a.png']) {
      expect(isAssetPath(bad), bad).toBe(false);
    }
  });

  it('a request path is decoded segment by segment, so encoded slashes and dots cannot climb out', () => {
    expect(assetPathFromUrl(assetUrl('assets/a b/x.png'))).toBe('assets/a b/x.png');
    for (const bad of ['/library/assets/%2e%2e/x.png', '/library/assets%2f..%2f..%2fetc/passwd', '/library/..%2fsecret', '/library/assets/x/%00.png', '/library/.copydesk/sources.json', '/library/assets/%E0%A4%A']) {
      expect(assetPathFromUrl(bad), bad).toBeNull();
    }
  });

  it('a folder per article, from its id, plain whatever the id', () => {
    expect(assetFolderFor('3f2a9c1e-7d44-4c0b-9f1e-2a6b5c8d9e01')).toBe('3f2a9c1e-7d44-4c0b-9f1e-2a6b5c8d9e01');
    const odd = assetFolderFor('../../etc/passwd');
    expect(odd).toMatch(/^etc-passwd-[0-9a-f]{8}$/);
    expect(assetFolderFor('id with spaces/and slashes')).not.toBe(assetFolderFor('id with spaces and slashes'));
    expect(assetFolderFor('…')).toMatch(/^article-[0-9a-f]{8}$/);
  });

});

describe('picture widths', () => {
  it('are whole percentages from 25 to 100', () => {
    expect([imageWidthPercent(50), imageWidthPercent('75'), imageWidthPercent(10), imageWidthPercent(140), imageWidthPercent('x'), imageWidthPercent(null), imageWidthPercent(62.4)]).toEqual([
      50, 75, 25, 100, 100, 100, 62,
    ]);
  });
});
