import { performance } from 'node:perf_hooks';
import { SCHEMA_VERSION, version2Defaults, type Article, type DocNode } from '../src/shared/article/model';
import { renderArticleHtml } from '../src/shared/export/html';
import { loadBundledFonts } from '../src/main/export/fonts';
import { ChromiumPdfEngine } from '../src/main/export/pdf';

const WORDS = 'the harbour council voted late on thursday to keep the night ferry running while shift workers waited outside'.split(' ');

/** A long read of exactly `words` words: 20 sections of 100-word paragraphs with quotations and a pull quote each. */
export function longArticle(words = 10_000): Article {
  const paragraphsPerSection = Math.ceil(words / 100 / 20);
  let left = words;
  const sections: DocNode[] = [];
  for (let s = 0; s < 20 && left > 0; s++) {
    const blocks: DocNode[] = [{ type: 'sectionTitle', content: [{ type: 'text', text: `Part ${s + 1}` }] }];
    for (let i = 0; i < paragraphsPerSection && left > 0; i++) {
      const n = Math.min(100, left);
      left -= n;
      const text = Array.from({ length: n }, (_, k) => WORDS[(k + i + s) % WORDS.length]).join(' ');
      blocks.push({
        type: 'paragraph',
        content: [
          { type: 'text', text: text.slice(0, 200) },
          { type: 'text', text: text.slice(200), marks: [{ type: 'quotation', attrs: { id: `q${s}-${i}`, sourceId: 'src' } }] },
        ],
      });
    }
    blocks.push({ type: 'pullQuote', attrs: { id: `pq${s}`, sourceId: 'src' }, content: [{ type: 'text', text: 'keep the night ferry running' }] });
    sections.push({ type: 'section', content: blocks });
  }
  return {
    schemaVersion: SCHEMA_VERSION, ...version2Defaults(), id: 'bench', headline: 'A long read about a ferry', dek: 'Ten thousand words.', byline: 'By Bench Mark',
    dateline: 'PORT ELLIS —', slug: 'long-read', status: 'draft', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
    body: { type: 'doc', content: sections },
    sources: [{ id: 'src', name: 'Ana Example', title: 'chair', affiliation: 'Harbour Council', kind: 'person', standing: 'on-record', anonymousDescription: '', anonymityReason: '', contact: '', notes: '', verified: true }],
    claims: [],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function bench(): Promise<{ name: string; value: number | string; unit: string }[]> {
  const article = longArticle();
  const fonts = loadBundledFonts();
  const opts = { pageSize: 'A4' as const, sourceAppendix: true, fonts };
  renderArticleHtml(article, opts); // warm-up: the first run pays for JIT compilation
  const htmlTimes: number[] = [];
  let html = '';
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    html = renderArticleHtml(article, opts);
    htmlTimes.push(performance.now() - t);
  }
  const engine = new ChromiumPdfEngine();
  try {
    const t0 = performance.now();
    await engine.render('<!doctype html><title>warm</title><p>x', { pageSize: 'A4', slug: 'warm' });
    const launch = performance.now() - t0;
    const pdfTimes: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const pdf = await engine.render(html, { pageSize: 'A4', slug: article.slug, footerFonts: fonts.slice(0, 1) });
      pdfTimes.push(performance.now() - t);
      bytes = pdf.length;
    }
    return [
      { name: 'export html, 10,000-word article', value: Math.round(median(htmlTimes) * 100) / 100, unit: 'ms' },
      { name: 'export pdf, 10,000-word article (Chromium running)', value: Math.round(median(pdfTimes)), unit: 'ms' },
      { name: 'export pdf, Chromium launch + first tiny page', value: Math.round(launch), unit: 'ms' },
      { name: 'export pdf size, 10,000-word article', value: Math.round(bytes / 1024), unit: 'KiB' },
    ];
  } finally {
    await engine.close();
  }
}
