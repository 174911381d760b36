import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportError, Exporter, type ExportProgress } from '../../../src/main/export/exporter';
import type { PdfEngine } from '../../../src/main/export/pdf';
import { articleWith, doc, loadArticle, p, text } from './fixture';

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const tmp = () => mkdtempSync(join(tmpdir(), 'copydesk-export-'));
const opts = { pageSize: 'A4' as const, sourceAppendix: false };

describe('Exporter', () => {
  it('writes the file, reports progress and never replaces an existing file unless asked', async () => {
    const dir = tmp();
    const dest = join(dir, 'out', 'story.md');
    const seen: ExportProgress['stage'][] = [];
    const e = new Exporter();
    expect(await e.export(loadArticle(), 'md', opts, dest, (pr) => seen.push(pr.stage))).toBe(dest);
    expect(seen).toEqual(['preparing', 'rendering', 'writing', 'done']);
    writeFileSync(dest, 'an editor’s own notes');
    const err = await e.export(loadArticle(), 'md', opts, dest).catch((x: unknown) => x);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('conflict');
    expect(readFileSync(dest, 'utf8')).toBe('an editor’s own notes');
    await e.export(loadArticle(), 'md', { ...opts, overwrite: true }, dest);
    expect(readFileSync(dest, 'utf8')).toMatch(/^# Council keeps/);
  });

  it('embeds an image kept beside the article, and refuses files outside its folder or that are not pictures', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ferry.png'), PNG_1PX);
    writeFileSync(join(dir, 'notes.png'), 'not a picture');
    const outside = tmp();
    writeFileSync(join(outside, 'secret.png'), PNG_1PX);
    symlinkSync(join(outside, 'secret.png'), join(dir, 'link.png'));
    const withImage = (src: string) => articleWith({ body: doc(p(text('x')), { type: 'image', attrs: { src, alt: 'A ferry', caption: '', credit: '' } }) });
    const e = new Exporter();
    const html = String(await e.render(withImage('ferry.png'), 'html', { ...opts, assetsDir: dir }));
    expect(html).toContain(`<img src="data:image/png;base64,${PNG_1PX.toString('base64')}" alt="A ferry">`);
    for (const bad of ['notes.png', 'link.png', 'missing.png']) {
      const err = await e.render(withImage(bad), 'html', { ...opts, assetsDir: dir }).catch((x: unknown) => x);
      expect((err as ExportError).code, bad).toBe('image-unavailable');
    }
  });

  it('starts the PDF engine only for PDFs, once, and closes it', async () => {
    let created = 0;
    let closed = 0;
    const fake: PdfEngine = {
      render: async (html) => new TextEncoder().encode(`%PDF fake ${html.length}`),
      close: async () => void closed++,
    };
    const e = new Exporter({ createPdfEngine: () => (created++, fake) });
    const dir = tmp();
    await e.export(loadArticle(), 'html', opts, join(dir, 'a.html'));
    expect(created).toBe(0);
    await e.export(loadArticle(), 'pdf', opts, join(dir, 'a.pdf'));
    await e.export(loadArticle(), 'pdf', opts, join(dir, 'b.pdf'));
    expect(created).toBe(1);
    await e.close();
    expect(closed).toBe(1);
    expect(existsSync(join(dir, 'b.pdf'))).toBe(true);
  });
});
