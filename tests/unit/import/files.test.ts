import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import { parseArticle } from '../../../src/shared/article/file-format';
import { importText } from '../../../src/shared/import/import';
import { draftToArticle } from '../../../src/shared/import/draft-to-article';
import { importFile } from '../../../src/main/import/import-file';
import { articleSchema } from '../../../src/shared/schema';
import { doc, p, quotation, section } from '../helpers/doc-builder';

const STORY = [
  'Ferry board postpones vote on Skarra crossing',
  '“We are not here to close anything,” said Ingrid Sæther, the chair of the board.',
  'The numbers',
  '“It was expensive,” Sæther said, “but it kept the boats running.”',
].join('\n\n');

describe('draftToArticle', () => {
  it('marks every kept quotation with its source and fills in the sources', () => {
    const article = draftToArticle(importText(STORY), { id: 'a1', now: '2024-03-14T09:00:00.000Z' });
    expect(article.headline).toBe('Ferry board postpones vote on Skarra crossing');
    expect(article.slug).toBe('ferry-board-postpones-vote-on-skarra-crossing');
    expect(article.sources).toEqual([
      expect.objectContaining({ id: 'source-1', name: 'Ingrid Sæther', title: 'chair of the board', standing: 'on-record', contact: '', notes: '' }),
    ]);
    expect(article.body).toEqual(
      doc(
        p('“', quotation('We are not here to close anything,', 'source-1', 'quotation-1'), '” said Ingrid Sæther, the chair of the board.'),
        section(
          { id: 'section-1' },
          'The numbers',
          p('“', quotation('It was expensive,', 'source-1', 'quotation-2'), '” Sæther said, “', quotation('but it kept the boats running.', 'source-1', 'quotation-2'), '”'),
        ),
      ),
    );
    articleSchema().nodeFromJSON(article.body).check();
  });

  it('leaves out quotations the editor dropped and speakers the editor removed', () => {
    const draft = importText(STORY);
    const edited = { ...draft, quotations: draft.quotations.slice(1), sources: [] };
    const body = JSON.stringify(draftToArticle(edited, { id: 'a', now: 'n' }).body);
    expect(body).not.toContain('quotation-1');
    expect(body).toContain('"sourceId":null');
  });
});

async function docxBytes(): Promise<Buffer> {
  const d = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Museum reopens after flood repairs', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun('The museum reopened on Saturday.')] }),
          new Paragraph({ text: 'The collection', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('“We saved almost everything,” said Corinne Lefort, the director.')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(d);
}

describe('importFile and copydesk import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd-import-'));
  const lib = join(dir, 'library');

  it('imports a Word document through mammoth', async () => {
    const path = join(dir, 'museum.docx');
    writeFileSync(path, await docxBytes());
    const r = await importFile(path);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.headline).toBe('Museum reopens after flood repairs');
    expect(r.draft.sections).toEqual(['The collection']);
    expect(r.draft.sources[0].name).toBe('Corinne Lefort');
  });

  it('reports a damaged Word document and a missing file with reasons', async () => {
    const bad = join(dir, 'broken.docx');
    writeFileSync(bad, Buffer.from('PK\u0003\u0004 not really a zip'));
    const r = await importFile(bad);
    expect(!r.ok && r.error.message).toMatch(/could not be read as a Word document/);
    const missing = await importFile(join(dir, 'nope.txt'));
    expect(!missing.ok && missing.error.message).toMatch(/no such file/);
  });

  it('writes <slug>.article.json files, never overwrites, prints findings and fails on bad files', async () => {
    const txt = join(dir, 'ferry.txt');
    writeFileSync(txt, STORY);
    const bin = join(dir, 'photo.txt');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
    expect(await main(['import', txt, '--library', lib], io)).toBe(0);
    expect(await main(['import', txt, bin, `--library=${lib}`], io)).toBe(1);
    expect(readdirSync(lib).sort()).toEqual([
      'ferry-board-postpones-vote-on-skarra-crossing-2.article.json',
      'ferry-board-postpones-vote-on-skarra-crossing.article.json',
    ]);
    const parsed = parseArticle(readFileSync(join(lib, 'ferry-board-postpones-vote-on-skarra-crossing.article.json'), 'utf8'));
    expect(parsed.ok && parsed.article.sources[0].name).toBe('Ingrid Sæther');
    expect(out.join('')).toContain('Ingrid Sæther — chair of the board');
    expect(out.join('')).toContain('quotations (2)');
    expect(err.join('')).toMatch(/photo\.txt: photo\.txt contains binary data/);
    expect(await main(['import', txt], io)).toBe(2);
  });
});
