import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticleDocx } from '../../../src/shared/export/docx';
import { renderArticleHtml } from '../../../src/shared/export/html';
import { articleNinjs } from '../../../src/shared/export/ninjs';
import { doc, image, makeArticle, p, section, title } from '../helpers/doc-builder';
import { png } from '../../support/pictures';

const PNG = png(400, 200);
const DATA = `data:image/png;base64,${PNG.toString('base64')}`;
const story = (width?: number) =>
  makeArticle({
    headline: 'Ferry kept',
    body: doc(p('The vote was close.'), section({ id: 's1' }, title('Reaction'), image({ src: DATA, alt: 'The ferry at dusk', caption: 'The late ferry.', credit: 'Photo: Ana Ruiz', width }))),
  });

describe('pictures in the exports', () => {
  it('HTML: a figure with the embedded picture, its alt text, caption and credit, at its width', () => {
    const html = renderArticleHtml(story(50), { pageSize: 'A4', sourceAppendix: false });
    expect(html).toContain(`<figure class="image" style="width:50%">\n<img src="${DATA}" alt="The ferry at dusk">\n<figcaption>The late ferry. <span class="credit">Photo: Ana Ruiz</span></figcaption>\n</figure>`);
    // The full column needs no width of its own; a width out of range is brought back into it.
    expect(renderArticleHtml(story(), { pageSize: 'A4', sourceAppendix: false })).toContain('<figure class="image">\n<img');
    expect(renderArticleHtml(story(5), { pageSize: 'A4', sourceAppendix: false })).toContain('style="width:25%"');
  });

  it('DOCX: the picture placed at its share of the column, with its alt text and its caption', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cd-docx-'));
    try {
      const path = join(dir, 'story.docx');
      writeFileSync(path, await renderArticleDocx(story(50), { pageSize: 'A4', sourceAppendix: false }));
      const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
      // 50 % of the 600 px column is 300 × 150 px, in EMU (9525 a pixel).
      expect(xml).toMatch(/<wp:extent cx="2857500" cy="1428750"\/>/);
      expect(xml).toContain('descr="The ferry at dusk"');
      expect(xml).toContain('The late ferry. Photo: Ana Ruiz');
      expect(execFileSync('unzip', ['-l', path], { encoding: 'utf8' })).toMatch(/word\/media\/\S+\.png/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ninjs: each picture listed as an association with its rendition, caption, alt text and credit', () => {
    const n = articleNinjs(story(75));
    expect(n.associations).toEqual([
      {
        name: 'picture-1',
        rel: 'picture',
        uri: expect.stringMatching(/:picture:1$/),
        type: 'picture',
        by: 'Photo: Ana Ruiz',
        descriptions: [
          { role: 'caption', contentType: 'text/plain', value: 'The late ferry.' },
          { role: 'alt', contentType: 'text/plain', value: 'The ferry at dusk' },
        ],
        renditions: [{ name: 'original', href: DATA, contentType: 'image/png', width: 400, height: 200, sizeInBytes: PNG.length }],
      },
    ]);
    const old = articleNinjs(story(), { version: '2.2' }) as { associations: Record<string, unknown>[] };
    expect(old.associations[0]).not.toHaveProperty('rel');
    expect(old.associations[0].renditions).toEqual([expect.objectContaining({ contenttype: 'image/png', sizeinbytes: PNG.length })]);
    expect(articleNinjs(makeArticle({ body: doc(p('No pictures.')) }))).not.toHaveProperty('associations');
  });
});
