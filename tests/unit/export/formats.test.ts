import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledFonts } from '../../../src/main/export/fonts';
import { CHROMIUM_ARGS, ChromiumPdfEngine, chromiumExecutable } from '../../../src/main/export/pdf';
import { EXPORT_FORMAT_LIST, EXPORT_FORMATS, exportFormat, isExportFormat, type ExportFormat } from '../../../src/shared/export/formats';
import type { ExportOptions, ExportRenderContext } from '../../../src/shared/export/formats/export-format';
import type { PageSize } from '../../../src/shared/export/print-style';
import { FIXTURES, loadArticle } from './fixture';

/**
 * The format registry, walked: every format is complete and distinct, renders the rich fixture article
 * so that its text reads back, and does what its flags promise (pages that follow the page size, an
 * appendix that appears only where one applies). A new format must say below how its output reads back.
 */

const tmp = mkdtempSync(join(tmpdir(), 'copydesk-formats-'));
let browser: Browser;
let context: ExportRenderContext;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  const engine = new ChromiumPdfEngine({ browser });
  context = { fonts: () => loadBundledFonts(), printPdf: (html, options) => engine.render(html, options) };
});
afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const article = loadArticle();
const HEADLINE = 'Council keeps the late ferry to Skerry Island after a 5–4 vote';
const renders = new Map<string, Promise<string | Uint8Array>>();
/** Each format renders the article once per choice of options, however many tests look at the result (a PDF takes seconds). */
function render(id: ExportFormat, extra: Partial<ExportOptions> = {}): Promise<string | Uint8Array> {
  const options: ExportOptions = { pageSize: 'A4', sourceAppendix: false, ...extra };
  const key = `${id} ${options.pageSize} ${options.sourceAppendix}`;
  if (!renders.has(key)) renders.set(key, exportFormat(id).render(article, options, context));
  return renders.get(key)!;
}
let n = 0;
const fileOf = (out: string | Uint8Array, extension: string) => {
  const path = join(tmp, `out-${++n}${extension}`);
  writeFileSync(path, out);
  return path;
};
const text = (out: string | Uint8Array) => (typeof out === 'string' ? out : Buffer.from(out).toString('utf8'));

/** One file from a zip (a .docx is one), found through the central directory. */
function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const [method, size, nameLength, extra, comment, local] = [10, 20, 28, 30, 32, 42].map((o) => (o === 20 || o === 42 ? zip.readUInt32LE(at + o) : zip.readUInt16LE(at + o)));
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  throw new Error(`${name} is not in the zip`);
}

/** The text a reader of each format gets back; typed over every format id, so a new one cannot be left out. */
const READ_BACK: Record<ExportFormat, (out: string | Uint8Array) => Promise<string>> = {
  html: async (out) => text(out),
  md: async (out) => text(out),
  ninjs: async (out) => JSON.stringify(JSON.parse(text(out))),
  pdf: async (out) => execFileSync('pdftotext', [fileOf(out, '.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  docx: async (out) => (await mammoth.extractRawText({ buffer: Buffer.from(out) })).value,
};

/** How each format with pages says what size they are. */
const PAGE_SIZE_OF: Partial<Record<ExportFormat, (out: string | Uint8Array) => PageSize | string>> = {
  // pdfinfo names the paper it recognises: "Page size: 612 x 792 pts (letter)".
  pdf: (out) => {
    const line = /Page size:.*/.exec(execFileSync('pdfinfo', [fileOf(out, '.pdf')], { encoding: 'utf8' }))?.[0] ?? '';
    const sizes: Record<string, PageSize> = { A4: 'A4', letter: 'Letter' };
    return sizes[/\((\w+)\)$/.exec(line)?.[1] ?? ''] ?? line;
  },
  docx: (out) => {
    const pgSz = /<w:pgSz [^>]*w:w="(\d+)"[^>]*w:h="(\d+)"/.exec(zipEntry(Buffer.from(out), 'word/document.xml'));
    const sizes: Record<string, PageSize> = { '11906x16838': 'A4', '12240x15840': 'Letter' };
    return sizes[`${pgSz?.[1]}x${pgSz?.[2]}`] ?? String(pgSz?.[0]);
  },
};

describe('the export format registry', () => {
  it('lists each format once, with a label, a short name, a hint and a file extension of its own', () => {
    const ids = EXPORT_FORMAT_LIST.map((f) => f.id);
    expect([...EXPORT_FORMATS]).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const extensions = EXPORT_FORMAT_LIST.map((f) => f.extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    // No extension may end another, or two formats' files could be taken for each other.
    for (const a of extensions) for (const b of extensions) if (a !== b) expect(a.endsWith(b), `${a} ends with ${b}`).toBe(false);
    for (const f of EXPORT_FORMAT_LIST) {
      expect(f.extension, f.id).toMatch(/^\.[a-z]+(\.[a-z]+)?$/);
      for (const words of [f.label, f.name, f.hint]) expect(words.trim(), f.id).not.toBe('');
      expect(exportFormat(f.id)).toBe(f);
      expect(isExportFormat(f.id)).toBe(true);
    }
    for (const other of ['rtf', 'HTML', '__proto__', 'toString', '']) expect(isExportFormat(other), other).toBe(false);
  });

  for (const format of EXPORT_FORMAT_LIST) {
    it(`${format.id} renders the rich article, and its text reads back`, { timeout: 90_000 }, async () => {
      const back = await READ_BACK[format.id](await render(format.id));
      expect(back).toContain(HEADLINE);
      expect(back).toContain('Night-shift workers');
    });
  }

  for (const format of EXPORT_FORMAT_LIST.filter((f) => f.hasPages)) {
    it(`${format.id} has pages, and they follow the page size asked for`, { timeout: 90_000 }, async () => {
      const pageSizeOf = PAGE_SIZE_OF[format.id];
      expect(pageSizeOf, `say above how a ${format.id} tells its page size`).toBeDefined();
      for (const pageSize of ['A4', 'Letter'] as const) {
        expect(pageSizeOf!(await render(format.id, { pageSize }))).toBe(pageSize);
      }
    });
  }

  it('the source appendix appears where a format has one, and changes nothing where it has none', { timeout: 90_000 }, async () => {
    for (const format of EXPORT_FORMAT_LIST) {
      const [without, withAppendix] = await Promise.all(
        [false, true].map(async (sourceAppendix) => READ_BACK[format.id](await render(format.id, { sourceAppendix }))),
      );
      if (format.hasSourceAppendix) expect(withAppendix, format.id).not.toBe(without);
      else expect(withAppendix, format.id).toBe(without);
    }
  });

  it('through the registry, Markdown and ninjs are byte for byte the golden files', async () => {
    expect(await render('md')).toBe(readFileSync(resolve(FIXTURES, 'golden', 'rich.md'), 'utf8'));
    expect(await render('ninjs')).toBe(readFileSync(resolve(FIXTURES, 'golden', 'rich.ninjs.json'), 'utf8'));
  });
});
