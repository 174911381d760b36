import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx';
import type { Article } from '../article/model';
import { decodeDataImage } from './escape';
import { imageDimensions } from '../images/image-check';
import type { PageSize } from './print-style';
import { publishArticle, type Block, type Inline, type PublishedSource } from './published';
import { STANDING_LABELS } from '../article/labels';

/**
 * A Word document an editor can open, mark up and send back. Quotations carry their attribution in a
 * footnote (Word has no quotation element), pull quotes use their own "Pull Quote" style.
 */

export interface DocxExportOptions {
  pageSize: PageSize;
  sourceAppendix: boolean;
}

const ACCENT = '8C1D18';
const MM = 56.7; // twips per millimetre
const PAGE_TWIPS: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};
/** The text column's width in pixels at 96 dpi (an A4 page with our margins): a picture at 100 % is this wide. */
const COLUMN_PX = 600;
/** The text height of a Letter page with our margins, in pixels at 96 dpi. */
const PAGE_HEIGHT_PX = 850;

class DocxWriter {
  readonly footnotes: Record<number, { children: Paragraph[] }> = {};
  private nextFootnote = 1;
  private listInstance = 0;
  readonly orderedStarts = new Set<number>([1]);

  private inlineChildren(inlines: Inline[]): ParagraphChild[] {
    const out: ParagraphChild[] = [];
    inlines.forEach((node, i) => {
      if (node.kind === 'break') {
        out.push(new TextRun({ text: '', break: 1 }));
        return;
      }
      const run = new TextRun({
        text: node.text,
        bold: node.bold || undefined,
        italics: node.italic || undefined,
        strike: node.strike || undefined,
        style: node.href ? 'Hyperlink' : undefined,
      });
      out.push(node.href ? new ExternalHyperlink({ link: node.href, children: [run] }) : run);
      const next = inlines[i + 1];
      const quoteEnds = node.quote && (next?.kind !== 'text' || next.quote?.key !== node.quote.key);
      if (quoteEnds && node.quote!.attribution) {
        const n = this.nextFootnote++;
        this.footnotes[n] = { children: [new Paragraph({ text: `Quoted: ${node.quote!.attribution}.` })] };
        out.push(new FootnoteReferenceRun(n));
      }
    });
    return out;
  }

  blocks(blocks: Block[], depth = 0, list?: { reference: string; instance: number }): Paragraph[] {
    return blocks.flatMap((b) => this.block(b, depth, list));
  }

  private block(b: Block, depth: number, list?: { reference: string; instance: number }): Paragraph[] {
    switch (b.kind) {
      case 'paragraph':
        return [
          new Paragraph({
            children: this.inlineChildren(b.inlines),
            numbering: list ? { reference: list.reference, level: Math.min(depth - 1, 8), instance: list.instance } : undefined,
            indent: !list && depth > 0 ? { left: depth * 360 } : undefined,
          }),
        ];
      case 'list': {
        if (b.ordered) this.orderedStarts.add(b.start);
        const reference = b.ordered ? `copydesk-ordered-${b.start}` : 'copydesk-bullets';
        const own = { reference, instance: ++this.listInstance };
        // Only an item's first paragraph carries the marker; the rest are indented under it.
        return b.items.flatMap((item) => {
          const [first, ...rest] = item;
          const head = first ? this.block(first, depth + 1, first.kind === 'paragraph' ? own : undefined) : [];
          return [...head, ...this.blocks(rest, depth + 1)];
        });
      }
      case 'blockquote':
        return b.blocks.flatMap((inner) =>
          inner.kind === 'paragraph'
            ? [new Paragraph({ style: 'BlockQuote', children: this.inlineChildren(inner.inlines) })]
            : this.block(inner, depth + 1),
        );
      case 'pullQuote':
        return [
          new Paragraph({ style: 'PullQuote', children: [new TextRun(b.text)] }),
          ...(b.attribution ? [new Paragraph({ style: 'PullQuoteAttribution', children: [new TextRun(`— ${b.attribution}`)] })] : []),
        ];
      case 'image':
        return this.image(b);
    }
  }

  private image(b: Extract<Block, { kind: 'image' }>): Paragraph[] {
    const caption = [b.caption, b.credit].filter(Boolean).join(' ');
    const captionPara = caption ? [new Paragraph({ style: 'Caption', children: [new TextRun(caption)] })] : [];
    const decoded = decodeDataImage(b.src);
    const type = decoded && ({ png: 'png', jpeg: 'jpg', gif: 'gif' } as const)[decoded.mediaType as 'png' | 'jpeg' | 'gif'];
    const size = decoded && type ? imageDimensions(decoded.bytes, decoded.mediaType) : null;
    if (!decoded || !type || !size || size.width <= 0 || size.height <= 0) {
      // Word cannot show this image (a WebP, or a path the exporter did not inline): keep its description.
      return [new Paragraph({ style: 'Caption', children: [new TextRun(`[Image: ${b.alt || 'no description'}]`)] }), ...captionPara];
    }
    // As in the HTML and the PDF: the share of the column the editor gave it, at the picture's proportions.
    // A tall picture is made smaller still, so it fits on one page.
    const scale = Math.min((COLUMN_PX * (b.width / 100)) / size.width, PAGE_HEIGHT_PX / size.height);
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          new ImageRun({
            type,
            data: decoded.bytes,
            transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
            altText: { name: 'Image', description: b.alt, title: b.alt },
          }),
        ],
      }),
      ...captionPara,
    ];
  }
}

function sourceLine(s: PublishedSource): Paragraph {
  const standing = ` (${STANDING_LABELS[s.standing].toLowerCase()})`;
  const children = s.name
    ? [new TextRun({ text: s.name, bold: true }), new TextRun([s.title, s.affiliation].filter(Boolean).map((x) => `, ${x}`).join('') + standing)]
    : [new TextRun(s.description + standing)];
  return new Paragraph({ children, numbering: { reference: 'copydesk-ordered-1', level: 0, instance: 0 } });
}

function levels(format: 'bullet' | 'decimal', start: number): ILevelsOptions[] {
  const bullets = ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : LevelFormat.DECIMAL,
    text: format === 'bullet' ? bullets[level % 3] : `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } },
  }));
}

export async function renderArticleDocx(article: Article, options: DocxExportOptions): Promise<Uint8Array> {
  const p = publishArticle(article);
  const w = new DocxWriter();
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(p.headline || 'Untitled article')] })];
  if (p.dek) children.push(new Paragraph({ style: 'Dek', children: [new TextRun(p.dek)] }));
  if (p.byline) children.push(new Paragraph({ style: 'Byline', children: [new TextRun(p.byline)] }));
  if (p.dateline) children.push(new Paragraph({ style: 'Dateline', children: [new TextRun(p.dateline)] }));
  children.push(...w.blocks(p.lead));
  for (const s of p.sections) {
    if (s.title) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(s.title)] }));
    children.push(...w.blocks(s.blocks));
  }
  if (options.sourceAppendix && p.sources.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun('Sources')] }));
    children.push(...p.sources.map(sourceLine));
  }
  const page = PAGE_TWIPS[options.pageSize];
  const textWidth = page.width - Math.round(36 * MM);
  const doc = new Document({
    title: p.headline,
    creator: p.byline.replace(/^by\s+/i, ''),
    description: p.dek,
    styles: {
      default: {
        document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { after: 160, line: 300 } } },
        heading1: { run: { font: 'Georgia', size: 48, bold: true, color: '1B1B1B' }, paragraph: { spacing: { after: 200 } } },
        heading2: { run: { font: 'Georgia', size: 30, bold: true, color: '1B1B1B' }, paragraph: { spacing: { before: 360, after: 140 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'Dek', name: 'Dek', basedOn: 'Normal', run: { size: 28, color: '333333' }, paragraph: { spacing: { after: 200 } } },
        { id: 'Byline', name: 'Byline', basedOn: 'Normal', run: { bold: true, size: 20 }, paragraph: { spacing: { after: 40 } } },
        { id: 'Dateline', name: 'Dateline', basedOn: 'Normal', run: { allCaps: true, size: 18, color: '444444' }, paragraph: { spacing: { after: 320 } } },
        {
          id: 'PullQuote',
          name: 'Pull Quote',
          basedOn: 'Normal',
          next: 'PullQuoteAttribution',
          run: { size: 36, bold: true, italics: true, color: ACCENT },
          paragraph: {
            keepNext: true,
            spacing: { before: 360, after: 120, line: 360 },
            indent: { left: 360, right: 360 },
            border: { top: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 8 } },
          },
        },
        {
          id: 'PullQuoteAttribution',
          name: 'Pull Quote Attribution',
          basedOn: 'Normal',
          run: { size: 20, color: '333333' },
          paragraph: {
            spacing: { after: 360 },
            indent: { left: 360, right: 360 },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: ACCENT, space: 8 } },
          },
        },
        {
          id: 'BlockQuote',
          name: 'Block Quote',
          basedOn: 'Normal',
          run: { italics: true },
          paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } } },
        },
        { id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { size: 18, color: '333333' }, paragraph: { spacing: { after: 240 } } },
      ],
    },
    numbering: {
      config: [
        { reference: 'copydesk-bullets', levels: levels('bullet', 1) },
        ...[...w.orderedStarts].map((start) => ({ reference: `copydesk-ordered-${start}`, levels: levels('decimal', start) })),
      ],
    },
    footnotes: w.footnotes,
    sections: [
      {
        properties: {
          page: {
            size: page,
            margin: { top: Math.round(20 * MM), right: Math.round(18 * MM), bottom: Math.round(22 * MM), left: Math.round(18 * MM) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
                children: [
                  new TextRun({ text: `${p.slug}\tpage `, size: 16, color: '444444' }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '444444' }),
                  new TextRun({ text: ' of ', size: 16, color: '444444' }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '444444' }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
