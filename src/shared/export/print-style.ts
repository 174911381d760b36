import { escapeHtml } from './escape';

/**
 * The one stylesheet for exported HTML on screen and in print (the PDF is that HTML printed), so
 * the browser, the CLI's Chromium and Electron's printToPDF all produce the same page.
 */

export type PageSize = 'A4' | 'Letter';

/** Shared by the CSS @page rule and the PDF engines, which draw the running footer inside the bottom margin. */
export const PRINT_MARGINS = { top: '20mm', right: '18mm', bottom: '22mm', left: '18mm' } as const;

/** The bundled face (resources/fonts, SIL OFL); the others are fallbacks for a file opened without it. */
export const BODY_FONT_FAMILY = 'Source Serif 4';
const FONT_STACK = `'${BODY_FONT_FAMILY}', Georgia, 'Times New Roman', serif`;

/** A font embedded in the document, so output does not depend on the machine's fonts. */
export interface EmbeddedFont {
  weight: 400 | 700;
  style: 'normal' | 'italic';
  /** A data: URL (or file: URL for a PDF rendered on this machine). */
  url: string;
  /** CSS unicode-range, so a subset file is only used for the characters it has. */
  unicodeRange?: string;
}

export function fontFaceCss(fonts: EmbeddedFont[]): string {
  return fonts
    .map((f) => {
      const range = f.unicodeRange && /^[U+0-9A-Fa-f?,\s-]+$/.test(f.unicodeRange) ? `unicode-range:${f.unicodeRange};` : '';
      const format = /woff2/.test(f.url.slice(0, 40)) || f.url.endsWith('.woff2') ? " format('woff2')" : '';
      return `@font-face{font-family:'${BODY_FONT_FAMILY}';font-style:${f.style};font-weight:${f.weight};font-display:block;src:url("${f.url.replace(/["\\\n]/g, '')}")${format};${range}}`;
    })
    .join('\n');
}

export function printStylesheet(pageSize: PageSize): string {
  const m = PRINT_MARGINS;
  return `:root{color-scheme:light}
html{font-family:${FONT_STACK};color:#1b1b1b;background:#fff;line-height:1.55;font-size:112.5%;-webkit-text-size-adjust:100%}
body{margin:0}
main{max-width:40rem;margin:0 auto;padding:2.5rem 1.25rem 4rem}
.article-header{border-bottom:2px solid #1b1b1b;margin:0 0 1.75rem;padding:0 0 1.1rem}
h1{font-size:2.35rem;line-height:1.12;font-weight:700;margin:0 0 .6rem;letter-spacing:-.01em}
.dek{font-size:1.25rem;line-height:1.4;margin:0 0 .9rem;color:#333}
.byline{font-weight:700;font-size:.95rem;margin:0}
.dateline{font-size:.85rem;letter-spacing:.06em;text-transform:uppercase;color:#444;margin:.25rem 0 0}
h2{font-size:1.4rem;line-height:1.25;margin:2.2rem 0 .7rem;break-after:avoid;page-break-after:avoid}
p{margin:0 0 1em;orphans:3;widows:3}
q{quotes:none}
a{color:#0b4a85}
ul,ol{margin:0 0 1em;padding-left:1.6em}
li>p{margin-bottom:.4em}
blockquote{margin:1.2rem 0;padding:0 0 0 1rem;border-left:3px solid #999}
.pull-quote{margin:2rem 0;break-inside:avoid;page-break-inside:avoid}
.pull-quote figure{margin:0;padding:1rem 0 .9rem;border-top:4px solid #8c1d18;border-bottom:1px solid #8c1d18}
.pull-quote blockquote{margin:0;padding:0;border:0;font-size:1.6rem;line-height:1.3;font-weight:700;font-style:italic;color:#8c1d18}
.pull-quote blockquote p{margin:0}
.pull-quote figcaption{margin-top:.6rem;font-size:.95rem;color:#333}
.image{margin:1.8rem auto;break-inside:avoid;page-break-inside:avoid}
.image img{display:block;width:100%;height:auto}
.image figcaption{margin-top:.5rem;font-size:.88rem;line-height:1.4;color:#333}
.credit{font-size:.78rem;letter-spacing:.04em;text-transform:uppercase;color:#444}
.source-appendix{margin-top:3rem;padding-top:1rem;border-top:1px solid #999;font-size:.9rem}
.source-appendix h2{font-size:1.1rem;margin-top:0}
.source-appendix li{margin-bottom:.35em}
.standing{color:#444}
@page{size:${pageSize};margin:${m.top} ${m.right} ${m.bottom} ${m.left}}
@media print{
html{font-size:10.5pt;line-height:1.45}
main{max-width:none;margin:0;padding:0}
h1{font-size:26pt}
a{color:inherit}
h2+*{break-before:avoid;page-break-before:avoid}
.image img{max-height:190mm;object-fit:contain}
}`;
}

/**
 * The running footer Chromium draws in the bottom margin of every page (the slug, and "page X of Y").
 * Chromium fills the pageNumber/totalPages classes, in Playwright's page.pdf and Electron's printToPDF alike.
 * The template is its own document, so it gets the fonts and sizes itself.
 */
export function footerTemplate(slug: string, fonts: EmbeddedFont[] = []): string {
  return `<style>${fontFaceCss(fonts)}</style><div style="width:100%;margin:0 ${PRINT_MARGINS.left};font-family:${FONT_STACK.replace(/"/g, "'")};font-size:8pt;color:#444;display:flex;justify-content:space-between"><span>${escapeHtml(slug)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
