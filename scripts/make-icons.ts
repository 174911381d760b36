/**
 * Renders resources/icon.svg to every size the installers need, with Chromium (no network, no image
 * library): PNGs for Linux (resources/icons/NxN.png), a Windows .ico and a macOS .icns holding PNGs.
 * Run `npx tsx scripts/make-icons.ts` after changing the SVG; the outputs are committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../src/main/export/pdf';

const ROOT = resolve(import.meta.dirname, '..');
const RESOURCES = join(ROOT, 'resources');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types holding PNG data, by pixel size (the @2x types reuse the larger renders). */
export const ICNS_TYPES: [string, number][] = [
  ['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024],
  ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512],
];

/** A Windows icon: a directory of PNG images (supported since Windows Vista). */
function ico(pngs: Map<number, Buffer>, sizes: number[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * sizes.length;
  for (const size of sizes) {
    const data = pngs.get(size)!;
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt8(0, 2);
    e.writeUInt8(0, 3);
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...sizes.map((s) => pngs.get(s)!)]);
}

/** A macOS icon family: "icns", its length, then typed PNG entries. */
function icns(pngs: Map<number, Buffer>): Buffer {
  const parts = ICNS_TYPES.map(([type, size]) => {
    const data = pngs.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

async function main(): Promise<void> {
  const svg = readFileSync(join(RESOURCES, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  const pngs = new Map<number, Buffer>();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    for (const size of PNG_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
      await page.waitForFunction(() => document.images[0]?.complete);
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }
  mkdirSync(join(RESOURCES, 'icons'), { recursive: true });
  for (const [size, data] of pngs) writeFileSync(join(RESOURCES, 'icons', `${size}x${size}.png`), data);
  writeFileSync(join(RESOURCES, 'icon.png'), pngs.get(512)!);
  writeFileSync(join(RESOURCES, 'icon.ico'), ico(pngs, ICO_SIZES));
  writeFileSync(join(RESOURCES, 'icon.icns'), icns(pngs));
  process.stdout.write(`icons written to ${RESOURCES}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((e: Error) => {
    process.stderr.write(`${e.stack}\n`);
    process.exit(1);
  });
}
