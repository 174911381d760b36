import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { Exporter } from '../../../src/main/export/exporter';
import { importDocx } from '../../../src/main/import/docx';
import { nodeText } from '../../../src/shared/article/text';
import { articleSchema } from '../../../src/shared/schema';
import { doc, makeArticle, p, section, title } from '../helpers/doc-builder';

/**
 * The two ways in and out that the pure hostile-content test cannot reach: a Word document imported
 * through mammoth, and a PDF printed by Chromium. The hostile corpus must arrive as plain text.
 */
const HOSTILE: string[] = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/hostile/strings.json'), 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'cd-hostile-'));
const exporter = new Exporter();
afterAll(async () => {
  await exporter.close();
  rmSync(out, { recursive: true, force: true });
});

/** Links and marks in a TipTap body that would lead anywhere but the web or mail. */
function badLinks(node: { marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: unknown[] }): string[] {
  const found: string[] = [];
  for (const m of node.marks ?? []) {
    const href = String(m.attrs?.href ?? '');
    if (m.type === 'link' && !/^(https?:|mailto:)/i.test(href)) found.push(href);
  }
  for (const c of (node.content ?? []) as (typeof node)[]) found.push(...badLinks(c));
  return found;
}

describe('hostile content through DOCX import and PDF export', () => {
  it('a Word document full of hostile text and script links imports as text, with no script link', async () => {
    const children = [new Paragraph({ text: 'Hostile wire copy', heading: HeadingLevel.HEADING_1 })];
    for (const s of HOSTILE) {
      children.push(
        new Paragraph({
          children: [
            new TextRun(`Said: ${s} `),
            new ExternalHyperlink({ link: 'javascript:alert(document.domain)', children: [new TextRun('click')] }),
            new ExternalHyperlink({ link: 'vbscript:msgbox(1)', children: [new TextRun(' here')] }),
          ],
        }),
      );
    }
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
    const r = await importDocx(bytes, 'hostile.docx');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(() => articleSchema().nodeFromJSON(r.draft.body).check()).not.toThrow();
    expect(badLinks(r.draft.body)).toEqual([]);
    const text = nodeText(r.draft.body);
    // The hostile strings are still there to read, as text.
    expect(text).toContain('<script>alert(1)</script>'.slice(0, 8));
    console.log(`hostile DOCX import: ${HOSTILE.length} hostile paragraphs and ${HOSTILE.length * 2} script links, 0 script links kept`);
  });

  it('a PDF of a hostile article shows the text and carries no JavaScript or launch action', async () => {
    const body = doc(...HOSTILE.map((s) => p(s || 'x')), section(title(HOSTILE[0] || 'x'), p('after')));
    const article = makeArticle({ headline: HOSTILE[0], dek: HOSTILE[1], byline: HOSTILE[2], slug: 'hostile', body });
    const file = await exporter.export(article, 'pdf', { pageSize: 'A4', sourceAppendix: true, overwrite: true }, join(out, 'hostile.pdf'));
    const raw = readFileSync(file).toString('latin1');
    expect(raw).not.toMatch(/\/JavaScript|\/JS\s|\/Launch|\/OpenAction\s*<<[^>]*\/S\s*\/JavaScript/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, ' ')).toContain('after');
    console.log(`hostile PDF export: ${HOSTILE.length} hostile strings printed, 0 scripts or actions in the PDF`);
  });
});
