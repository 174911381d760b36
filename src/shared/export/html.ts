import type { Article } from '../article/model';
import { escapeHtml as esc, jsonForScript } from './escape';
import { fontFaceCss, printStylesheet, type EmbeddedFont, type PageSize } from './print-style';
import {
  publishArticle,
  type Block,
  type Inline,
  type PublishedArticle,
  type PublishedSource,
  type TextRun,
} from './published';
import { STANDING_LABELS } from '../article/labels';

export interface HtmlExportOptions {
  pageSize: PageSize;
  sourceAppendix: boolean;
  /** Embedded faces of the bundled font; without them the page falls back to the reader's serif fonts. */
  fonts?: EmbeddedFont[];
  language?: string;
}

function runHtml(r: TextRun): string {
  let h = esc(r.text);
  if (r.italic) h = `<em>${h}</em>`;
  if (r.bold) h = `<strong>${h}</strong>`;
  if (r.strike) h = `<s>${h}</s>`;
  if (r.href) h = `<a href="${esc(r.href)}" rel="noopener noreferrer">${h}</a>`;
  return h;
}

/**
 * Inline content. The body text carries its own quotation marks (newsroom copy is typed with them),
 * so a quotation is a <q> with the browser's marks switched off in CSS and the public attribution
 * as its title; the words of one quotation stay in one <q> even when their formatting changes.
 */
function inlinesHtml(inlines: Inline[]): string {
  let out = '';
  for (let i = 0; i < inlines.length; i++) {
    const node = inlines[i];
    if (node.kind === 'break') {
      out += '<br>';
      continue;
    }
    if (!node.quote) {
      out += runHtml(node);
      continue;
    }
    const q = node.quote;
    let inner = runHtml(node);
    while (i + 1 < inlines.length) {
      const next = inlines[i + 1];
      if (next.kind !== 'text' || next.quote?.key !== q.key) break;
      inner += runHtml(next);
      i++;
    }
    const title = q.attribution ? ` title="${esc(q.attribution)}"` : '';
    const num = q.sourceNumber ? ` data-source="${q.sourceNumber}"` : '';
    out += `<q class="quotation"${title}${num}>${inner}</q>`;
  }
  return out;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${inlinesHtml(b.inlines)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      const start = b.ordered && b.start !== 1 ? ` start="${b.start}"` : '';
      return `<${tag}${start}>\n${b.items.map((item) => `<li>${blocksHtml(item)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>\n${blocksHtml(b.blocks)}\n</blockquote>`;
    case 'pullQuote': {
      const caption = b.attribution ? `\n<figcaption>— ${esc(b.attribution)}</figcaption>` : '';
      return `<aside class="pull-quote" aria-label="Pull quote">\n<figure>\n<blockquote><p>${esc(b.text)}</p></blockquote>${caption}\n</figure>\n</aside>`;
    }
    case 'image': {
      const credit = b.credit ? `<span class="credit">${esc(b.credit)}</span>` : '';
      const caption = [esc(b.caption), credit].filter(Boolean).join(' ');
      const figcaption = caption ? `\n<figcaption>${caption}</figcaption>` : '';
      // The width is a whole number from the published view, so it can go in a style attribute as it is.
      const width = b.width < 100 ? ` style="width:${b.width}%"` : '';
      return `<figure class="image"${width}>\n<img src="${esc(b.src)}" alt="${esc(b.alt)}">${figcaption}\n</figure>`;
    }
  }
}

function blocksHtml(blocks: Block[]): string {
  return blocks.map(blockHtml).join('\n');
}

/** The article's body (lede blocks and sections) as an HTML fragment; also the ninjs body. */
export function bodyHtml(p: PublishedArticle): string {
  const parts: string[] = [];
  if (p.lead.length) parts.push(blocksHtml(p.lead));
  p.sections.forEach((s, i) => {
    const id = `section-${i + 1}`;
    const head = s.title ? `<section aria-labelledby="${id}">\n<h2 id="${id}">${esc(s.title)}</h2>` : '<section>';
    const body = s.blocks.length ? `\n${blocksHtml(s.blocks)}` : '';
    parts.push(`${head}${body}\n</section>`);
  });
  return parts.join('\n');
}

function sourceItemHtml(s: PublishedSource): string {
  const standing = `<span class="standing">(${esc(STANDING_LABELS[s.standing].toLowerCase())})</span>`;
  if (!s.name) return `<li>${esc(s.description)} ${standing}</li>`;
  const rest = [s.title, s.affiliation].filter(Boolean).map(esc);
  return `<li><strong>${esc(s.name)}</strong>${rest.length ? `, ${rest.join(', ')}` : ''} ${standing}</li>`;
}

function appendixHtml(sources: PublishedSource[]): string {
  return `<section class="source-appendix" aria-labelledby="sources">\n<h2 id="sources">Sources</h2>\n<ol>\n${sources.map(sourceItemHtml).join('\n')}\n</ol>\n</section>`;
}

/** schema.org NewsArticle metadata; only public fields, key order fixed so the bytes are stable. */
export function newsArticleJsonLd(p: PublishedArticle): Record<string, unknown> {
  const ld: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: p.headline };
  if (p.dek) ld.description = p.dek;
  if (p.authors.length) ld.author = p.authors.map((name) => ({ '@type': 'Person', name }));
  if (p.createdAt) ld.dateCreated = p.createdAt;
  if (p.updatedAt) ld.dateModified = p.updatedAt;
  if (p.status === 'published' && p.updatedAt) ld.datePublished = p.updatedAt;
  if (p.located) ld.locationCreated = { '@type': 'Place', name: p.located };
  ld.inLanguage = p.language;
  ld.wordCount = p.wordCount;
  return ld;
}

/**
 * One standalone HTML document for the article: semantic markup, the print stylesheet, JSON-LD
 * metadata and no other script. Deterministic: the same article and options give the same bytes.
 */
export function renderArticleHtml(article: Article, options: HtmlExportOptions): string {
  const p = publishArticle(article, { language: options.language });
  return renderPublishedHtml(p, options);
}

export function renderPublishedHtml(p: PublishedArticle, options: HtmlExportOptions): string {
  const title = p.headline || 'Untitled article';
  const header = [
    `<h1>${esc(title)}</h1>`,
    p.dek && `<p class="dek">${esc(p.dek)}</p>`,
    p.byline && `<p class="byline">${esc(p.byline)}</p>`,
    p.dateline && `<p class="dateline">${esc(p.dateline)}</p>`,
  ].filter(Boolean);
  const fonts = options.fonts?.length ? `${fontFaceCss(options.fonts)}\n` : '';
  const body = bodyHtml(p);
  const appendix = options.sourceAppendix && p.sources.length ? `\n${appendixHtml(p.sources)}` : '';
  return `<!doctype html>
<html lang="${esc(p.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${p.dek ? `<meta name="description" content="${esc(p.dek)}">\n` : ''}<meta name="generator" content="Copydesk">
<style>
${fonts}${printStylesheet(options.pageSize)}
</style>
<script type="application/ld+json">
${jsonForScript(newsArticleJsonLd(p))}
</script>
</head>
<body>
<main>
<article>
<header class="article-header">
${header.join('\n')}
</header>
${body}${appendix}
</article>
</main>
</body>
</html>
`;
}
