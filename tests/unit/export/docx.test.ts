import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderArticleDocx } from '../../../src/shared/export/docx';
import { imageDimensions } from '../../../src/shared/images/image-check';
import { decodeDataImage } from '../../../src/shared/export/escape';
import { loadArticle } from './fixture';

describe('DOCX', () => {
  it('reopens with headings, dek, byline, styled pull quotes, lists, the image and quotation footnotes', async () => {
    const bytes = await renderArticleDocx(loadArticle(), { pageSize: 'A4', sourceAppendix: true });
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .docx is
    const buffer = Buffer.from(bytes);
    const { value: raw } = await mammoth.extractRawText({ buffer });
    for (const s of ['Council keeps the late ferry', 'Night-shift workers had warned', 'By Ines Okafor and Rhys Templeton', 'PORT ELLIS —', 'every single night']) {
      expect(raw).toContain(s);
    }
    const { value: html } = await mammoth.convertToHtml(
      { buffer },
      { styleMap: ["p[style-name='Pull Quote'] => blockquote.pull-quote:fresh", "p[style-name='Dek'] => p.dek:fresh"] },
    );
    expect(html).toContain('<h1>Council keeps the late ferry to Skerry Island after a 5–4 vote</h1>');
    expect(html).toContain('<h2>A narrow vote</h2><p>');
    expect(html).toContain('<h2>Sources</h2>');
    expect(html).toContain('<blockquote class="pull-quote">When the last boat goes, the island is shut</blockquote>');
    expect(html).toContain('<p class="dek">Night-shift workers');
    expect(html).toContain('<ul><li>the 11 p.m. sailing stays until at least March 2027;</li>');
    expect(html).toMatch(/<img alt="The Skerry Island ferry moored at the Port Ellis slipway at dusk" src="data:image\/png;base64,/);
    expect(html).toContain('Quoted: a council employee who was not authorised to speak publicly.');
  });

  it('reads image sizes from PNG headers', () => {
    const img = loadArticle().body.content!.flatMap((n) => n.content ?? []).find((n) => n.type === 'image')!;
    const decoded = decodeDataImage(String(img.attrs!.src))!;
    expect(imageDimensions(decoded.bytes, decoded.mediaType)).toEqual({ width: 48, height: 32 });
  });
});
