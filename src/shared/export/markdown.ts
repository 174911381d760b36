import type { Article } from '../article/model';
import { publishArticle, type Block, type Inline, type PublishedSource, type TextRun } from './published';
import { STANDING_LABELS } from '../article/labels';

/**
 * Readable Markdown (CommonMark with GitHub's footnotes) for pasting into other systems.
 *
 * How newsroom structure is kept:
 * - Headline `#`, dek in italics, then the byline and dateline lines; section titles `##`.
 * - A quotation keeps the marks typed in the text and is followed by a footnote naming its source,
 *   one footnote per source, numbered in order of first citation:  “We voted,”[^1] said …
 *   `[^1]: Ana Ruiz, chair, Port Authority (on the record)`. Unnamed sources get their description.
 * - A pull quote is a blockquote tagged like a GitHub alert, with the attribution on its last line:
 *   `> [!PULLQUOTE]` / `> The words.` / `> — Ana Ruiz, chair`.
 * - An image is `![alt](src)` followed by an italic caption line and its credit.
 * Characters Markdown would read as markup (and raw HTML) are backslash-escaped.
 */

/** Escapes punctuation CommonMark could read as markup, including "<" so no raw HTML gets through. */
function escapeMd(text: string): string {
  return text.replace(/[\\`*_[\]<>~|&]/g, '\\$&');
}

/** At the start of a line, list markers, headings and quote markers would change the block. */
function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([#>+=-]|\d+[.)])/, (_, sp: string, mark: string) => `${sp}${mark.replace(/([#>+=\-.)])$/, '\\$1')}`);
}

function urlMd(url: string): string {
  return url.replace(/[<>()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function runMd(r: TextRun): string {
  // Emphasis markers must touch the words, so surrounding spaces go outside them.
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!;
  let core = escapeMd(m[2]);
  if (!core) return r.text;
  if (r.italic) core = `*${core}*`;
  if (r.bold) core = `**${core}**`;
  if (r.strike) core = `~~${core}~~`;
  if (r.href) core = `[${core}](${urlMd(r.href)})`;
  return `${m[1]}${core}${m[3]}`;
}

function inlinesMd(inlines: Inline[]): string {
  let out = '';
  inlines.forEach((node, i) => {
    if (node.kind === 'break') {
      out += '\\\n';
      return;
    }
    out += runMd(node);
    const next = inlines[i + 1];
    const quoteEnds = node.quote && (next?.kind !== 'text' || next.quote?.key !== node.quote.key);
    if (quoteEnds && node.quote!.sourceNumber) out += `[^${node.quote!.sourceNumber}]`;
  });
  return out.split('\n').map(escapeLineStart).join('\n');
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (line === '' ? (i === 0 ? first.trimEnd() : '') : (i === 0 ? first : rest) + line))
    .join('\n');
}

function blockMd(b: Block): string {
  switch (b.kind) {
    case 'paragraph':
      return inlinesMd(b.inlines);
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${b.start + i}. ` : '- ';
          return indent(blocksMd(item), marker, ' '.repeat(marker.length));
        })
        .join('\n');
    case 'blockquote':
      return quoteLines(blocksMd(b.blocks));
    case 'pullQuote': {
      const lines = ['[!PULLQUOTE]', escapeLineStart(escapeMd(b.text))];
      if (b.attribution) lines.push(`— ${escapeMd(b.attribution)}`);
      return quoteLines(lines.join('\n'));
    }
    case 'image': {
      const lines = [`![${escapeMd(b.alt)}](${urlMd(b.src)})`];
      const caption = [b.caption && `*${escapeMd(b.caption)}*`, b.credit && escapeMd(b.credit)].filter(Boolean).join(' — ');
      if (caption) lines.push(caption);
      return lines.join('\\\n');
    }
  }
}

function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

function blocksMd(blocks: Block[]): string {
  return blocks.map(blockMd).join('\n\n');
}

function footnoteMd(s: PublishedSource): string {
  return `[^${s.number}]: ${escapeMd(s.attribution)} (${STANDING_LABELS[s.standing].toLowerCase()})`;
}

export function renderArticleMarkdown(article: Article, options: { language?: string } = {}): string {
  const p = publishArticle(article, options);
  const parts: string[] = [`# ${escapeMd(p.headline || 'Untitled article')}`];
  if (p.dek) parts.push(`*${escapeMd(p.dek)}*`);
  const credits = [p.byline, p.dateline].filter(Boolean).map((l) => escapeLineStart(escapeMd(l)));
  if (credits.length) parts.push(credits.join('\\\n'));
  if (p.lead.length) parts.push(blocksMd(p.lead));
  for (const s of p.sections) {
    if (s.title) parts.push(`## ${escapeMd(s.title)}`);
    if (s.blocks.length) parts.push(blocksMd(s.blocks));
  }
  if (p.sources.length) parts.push(p.sources.map(footnoteMd).join('\n'));
  return parts.join('\n\n') + '\n';
}
