import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const read = (path: string) => readFileSync(join(ROOT, path));

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Buffer): [number, number] {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(data.toString('ascii', 12, 16)).toBe('IHDR');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('electron-builder configuration', () => {
  it('builds AppImage and deb for Linux, dmg for macOS and NSIS for Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('registers .article.json as a “Copydesk article” the app edits', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'article.json', name: 'Copydesk article', role: 'Editor', mimeType: 'application/vnd.copydesk.article+json' })]);
  });

  it('keeps the fuses and asar, and ships the fonts the exporter embeds', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'resources/fonts/**/*', 'package.json']));
  });

  it('is run by npm run dist through a pinned electron-builder that is not installed with the app', () => {
    expect(pkg.scripts.dist).toMatch(/^electron-vite build && npx --yes electron-builder@\d+\.\d+\.\d+ --config electron-builder\.json/);
    expect(pkg.devDependencies['electron-builder']).toBeUndefined();
  });
});

describe('the icons', () => {
  it('has a PNG for every size the Linux desktop asks for, each exactly that size', () => {
    expect(config.linux.icon).toBe('resources/icons');
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(pngSize(read(`resources/icons/${size}x${size}.png`)), `${size}`).toEqual([size, size]);
  });

  it('has a Windows .ico holding 16 to 256 pixels', () => {
    expect(config.win.icon).toBe('resources/icon.ico');
    const ico = read(config.win.icon);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let i = 0; i < ico.readUInt16LE(4); i++) {
      const entry = 6 + i * 16;
      const declared = ico.readUInt8(entry) || 256;
      const [w, h] = pngSize(ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)));
      expect([w, h]).toEqual([declared, declared]);
      sizes.push(declared);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns with every size from 16 to 1024 (512@2x)', () => {
    expect(config.mac.icon).toBe('resources/icon.icns');
    const icns = read(config.mac.icon);
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const type = icns.toString('ascii', at, at + 4);
      const [w] = pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
      found[type] = w;
    }
    expect(found).toEqual({ icp4: 16, icp5: 32, icp6: 64, ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 });
  });

  it('was rendered from the SVG kept beside it', () => {
    expect(read('resources/icon.svg').toString('utf8')).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    for (const f of ['resources/icon.ico', 'resources/icon.icns', 'resources/icons/512x512.png']) expect(statSync(join(ROOT, f)).size).toBeGreaterThan(500);
  });
});
