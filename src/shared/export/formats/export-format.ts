import type { Article } from '../../article/model';
import type { NinjsVersion } from '../ninjs';
import type { EmbeddedFont, PageSize } from '../print-style';

/** What the export dialog and the CLI let a journalist choose. */
export interface ExportOptions {
  pageSize: PageSize;
  /** Append the list of cited sources (public fields only). */
  sourceAppendix: boolean;
  /** BCP 47 language to declare; by default the article's own (`article.language`). */
  language?: string;
  ninjsVersion?: NinjsVersion;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { pageSize: 'A4', sourceAppendix: false };

/** How the print HTML becomes a PDF: page size, and the running footer's slug and fonts. */
export interface PdfRenderOptions {
  pageSize: PageSize;
  /** Shown in the running footer beside "page X of Y". */
  slug: string;
  /** Fonts for the footer, which Chromium renders as a document of its own. */
  footerFonts?: EmbeddedFont[];
}

/** What a format's render needs from the process it runs in; the main process provides it. */
export interface ExportRenderContext {
  /** The bundled fonts as data: URLs (read on first use, so formats that need none never read them). */
  fonts(): EmbeddedFont[];
  /** Prints HTML to PDF: Chromium through Playwright, or Electron's printToPDF. */
  printPdf(html: string, options: PdfRenderOptions): Promise<Uint8Array>;
}

/**
 * One export format: everything the exporter, the CLI and the export dialog know about it. `render`
 * is pure (what it needs from the machine comes in `context`) and loads its writer on first use, so
 * the contract, the preload and the page, which only need the names, never carry the writers.
 */
export interface ExportFormatDefinition<Id extends string = string> {
  id: Id;
  /** As menus and the dialog show it. */
  label: string;
  /** Short, for sentences: "Making the PDF…". */
  name: string;
  /** One line under the label in the export dialog. */
  hint: string;
  /** Of the exported file, with its dot. */
  extension: string;
  /** The format has pages, so the page size (A4, Letter) applies. */
  hasPages: boolean;
  /** The source appendix applies (ninjs carries sources as data instead). */
  hasSourceAppendix: boolean;
  render(article: Article, options: ExportOptions, context: ExportRenderContext): Promise<string | Uint8Array>;
}

/** Keeps the id's literal type, so the registry can derive the union of format ids. */
export function defineExportFormat<const Id extends string>(format: ExportFormatDefinition<Id>): ExportFormatDefinition<Id> {
  return format;
}
