import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Exporter } from '../../../src/main/export/exporter';
import { loadBundledFonts } from '../../../src/main/export/fonts';
import { CHROMIUM_ARGS, ChromiumPdfEngine, chromiumExecutable } from '../../../src/main/export/pdf';
import { renderArticleHtml } from '../../../src/shared/export/html';
import { PRIVATE_MARKERS, ROOT, loadArticle } from './fixture';

// One Chromium for the whole file: each launch costs a second or two.
let browser: Browser;
let exporter: Exporter;
const out = mkdtempSync(join(tmpdir(), 'copydesk-pdf-'));

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS, headless: true });
  exporter = new Exporter({ createPdfEngine: () => new ChromiumPdfEngine({ browser }) });
});
afterAll(async () => {
  await exporter?.close();
  await browser?.close();
});

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('the exported page has 0 violations', async () => {
    const page = await browser.newPage();
    try {
      const html = renderArticleHtml(loadArticle(), { pageSize: 'A4', sourceAppendix: true, fonts: loadBundledFonts() });
      await page.setContent(html, { waitUntil: 'load' });
      await page.addScriptTag({ path: resolve(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
      const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        .then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })), passes: r.passes.length }))`)) as {
        violations: unknown[];
        passes: number;
      };
      expect(result.violations, JSON.stringify(result.violations, null, 2)).toEqual([]);
      expect(result.passes).toBeGreaterThan(5);
    } finally {
      await page.close();
    }
  });
});

describe('PDF', () => {
  it('A4: the text reads back in order, with the footer, and every font is embedded', async () => {
    const pdf = await exporter.export(loadArticle(), 'pdf', { pageSize: 'A4', sourceAppendix: true }, join(out, 'rich.pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = squash(text);
    const order = [
      'Council keeps the late ferry to Skerry Island after a 5–4 vote',
      'Night-shift workers had warned',
      'By Ines Okafor and Rhys Templeton',
      'A narrow vote',
      'When the last boat goes, the island is shut — Dolores Achterberg',
      'Who rides at night',
      'What the money buys',
      'Sources',
    ];
    const positions = order.map((s) => flat.indexOf(s));
    expect(positions.every((p) => p >= 0), `missing: ${order.filter((_, i) => positions[i] < 0).join(' | ')}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toMatch(/ferry-vote\s+page 1 of [2-9]/);
    for (const marker of PRIVATE_MARKERS) expect(flat).not.toContain(marker);

    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const row of fonts) {
      expect(row).toMatch(/SourceSerif4/);
      expect(row.split(/\s+/).slice(-5, -4)[0], row).toBe('yes'); // the "emb" column
    }
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
  });

  it('Letter size when asked', async () => {
    const pdf = await exporter.export(loadArticle(), 'pdf', { pageSize: 'Letter', sourceAppendix: false }, join(out, 'letter.pdf'));
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});
