import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../src/shared/article/model';
import { renderArticleDocx } from '../../../src/shared/export/docx';
import { renderArticleHtml } from '../../../src/shared/export/html';
import { renderArticleMarkdown } from '../../../src/shared/export/markdown';
import { renderArticleNinjs } from '../../../src/shared/export/ninjs';
import { PRIVATE_MARKERS, articleWith, doc, loadArticle, p, section, text } from './fixture';

async function docxText(bytes: Uint8Array): Promise<string> {
  const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return r.value;
}

describe('private material never leaves the app', () => {
  it('no contact details, notes, evidence or an anonymous source’s identity in any format', async () => {
    const a = loadArticle();
    const outputs = {
      html: renderArticleHtml(a, { pageSize: 'A4', sourceAppendix: true }),
      md: renderArticleMarkdown(a),
      ninjs22: renderArticleNinjs(a, { version: '2.2' }),
      ninjs31: renderArticleNinjs(a, { version: '3.1' }),
      docx: await docxText(await renderArticleDocx(a, { pageSize: 'A4', sourceAppendix: true })),
    };
    for (const [format, out] of Object.entries(outputs)) {
      for (const marker of PRIVATE_MARKERS) expect(out, `${format} leaks "${marker}"`).not.toContain(marker);
      expect(out, `${format} lost the anonymous attribution`).toContain('a council employee who was not authorised to speak publicly');
    }
  });

  it('review material in unknown nodes and marks is not published', () => {
    const a = articleWith({
      body: doc(
        p(text('Kept '), text('suggested words', { type: 'suggestion' }), text(' end.')),
        { type: 'comment', content: [p(text('EDITOR COMMENT: check this with legal'))] },
      ),
    });
    const html = renderArticleHtml(a, { pageSize: 'A4', sourceAppendix: false });
    expect(html).not.toContain('EDITOR COMMENT');
    expect(html).not.toContain('suggestion');
    expect(renderArticleMarkdown(a)).not.toContain('EDITOR COMMENT');
  });
});

/** Elements and attributes as a browser's parser would see them. */
function parseElements(html: string): { name: string; attribs: Record<string, string> }[] {
  const out: { name: string; attribs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (name, attribs) => out.push({ name, attribs }) }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return out;
}

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function hostileArticle() {
  const img = (src: string): DocNode => ({ type: 'image', attrs: { src, alt: `"><script>alert(3)</script>`, caption: HOSTILE, credit: 'x" onload="y' } });
  return articleWith({
    headline: `Headline ${HOSTILE} </script><!-- `,
    dek: '</title><script>alert(4)</script>',
    byline: 'By <b onmouseover="x()">Mallory</b>',
    dateline: 'X — </script>',
    slug: '<svg onload=alert(5)>',
    sources: [
      {
        id: 's1', name: '<script>bad()</script>', title: '" onclick="x', affiliation: '', kind: 'person', standing: 'on-record',
        anonymousDescription: '', anonymityReason: '', contact: '', notes: '', verified: false,
      },
    ],
    body: doc(
      p(
        text('click', { type: 'link', attrs: { href: 'javascript:alert(6)' } }),
        text(' and ', { type: 'link', attrs: { href: ' JaVaScRiPt:alert(7)' } }),
        text('data', { type: 'link', attrs: { href: 'data:text/html,<script>alert(8)</script>' } }),
        text(' fine', { type: 'link', attrs: { href: 'https://example.org/?a="b"&c=<d>' } }),
        text(' quoted', { type: 'quotation', attrs: { id: 'q" onclick="x', sourceId: 's1' } }),
      ),
      { type: 'pullQuote', attrs: { id: 'x', sourceId: 's1', onclick: 'alert(9)' }, content: [text(HOSTILE)] },
      img('javascript:alert(10)'),
      img('https://tracker.example/pixel.png'),
      img('../../../etc/passwd'),
      img('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='),
      { type: 'paragraph', attrs: { onclick: 'alert(11)', style: 'x' }, content: [text(HOSTILE)] },
      section(`Title ${HOSTILE}`, p(text('x'))),
    ),
  });
}

describe('hostile article content is neutralised', () => {
  const html = renderArticleHtml(hostileArticle(), { pageSize: 'A4', sourceAppendix: true });

  it('the only script is the JSON-LD block, and it cannot be closed early', () => {
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(scripts).toEqual(['<script type="application/ld+json">']);
    const ld = html.slice(html.indexOf('application/ld+json">') + 21, html.indexOf('</script>'));
    expect(ld).not.toMatch(/<\/script|<!--|</i);
    expect(JSON.parse(ld).headline).toBe(`Headline ${HOSTILE} </script><!--`);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('no event-handler attribute, javascript: URL, foreign image or non-raster data URL', () => {
    const elements = parseElements(html);
    for (const el of elements) {
      expect(Object.keys(el.attribs).filter((a) => /^on/i.test(a)), `<${el.name}>`).toEqual([]);
      for (const url of [el.attribs.href, el.attribs.src].filter(Boolean)) expect(url).toMatch(/^(https?:|mailto:|data:image\/(png|jpeg|gif|webp);)/);
    }
    expect(elements.filter((e) => e.name === 'script')).toHaveLength(1);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toContain('tracker.example');
    expect(html).not.toContain('etc/passwd');
    expect(html).not.toContain('image/svg');
    expect(html).not.toContain('data:text/html');
    expect(html).toContain('href="https://example.org/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('Markdown cannot smuggle raw HTML or script links', () => {
    const md = renderArticleMarkdown(hostileArticle());
    // Every "<" is backslash-escaped, so Markdown renderers print it instead of reading a tag.
    expect(md.replace(/\\</g, '')).not.toContain('<');
    expect(md).not.toMatch(/\]\(\s*javascript:/i);
  });

  it('DOCX still opens and keeps the text as text', async () => {
    const out = await docxText(await renderArticleDocx(hostileArticle(), { pageSize: 'Letter', sourceAppendix: true }));
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
