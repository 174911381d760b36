import type { PageSize } from './print-style';
import type { NinjsVersion } from './ninjs';

/** The formats an article can be exported to; the order is the one menus show. */
export const EXPORT_FORMATS = ['html', 'pdf', 'md', 'docx', 'ninjs'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_FORMAT_LABEL: Record<ExportFormat, string> = {
  html: 'Web page (HTML)',
  pdf: 'Print (PDF)',
  md: 'Markdown',
  docx: 'Word document (DOCX)',
  ninjs: 'IPTC ninjs (JSON)',
};

export const EXPORT_FILE_EXTENSION: Record<ExportFormat, string> = {
  html: '.html',
  pdf: '.pdf',
  md: '.md',
  docx: '.docx',
  ninjs: '.ninjs.json',
};

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

export function isExportFormat(v: string): v is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(v);
}
