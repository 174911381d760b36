import type { ExportFormatDefinition } from './export-format';
import { docxFormat } from './docx';
import { htmlFormat } from './html';
import { markdownFormat } from './md';
import { ninjsFormat } from './ninjs';
import { pdfFormat } from './pdf';

/**
 * Every format an article can be exported to, in the order menus show them. A new format is its own
 * file in this folder and one line here; the exporter, the CLI, the contract and the dialog read this list.
 */
export const EXPORT_FORMAT_LIST = [htmlFormat, pdfFormat, markdownFormat, docxFormat, ninjsFormat] as const;

export type ExportFormat = (typeof EXPORT_FORMAT_LIST)[number]['id'];

type Ids<T extends readonly { id: string }[]> = { readonly [K in keyof T]: T[K] extends { id: infer Id } ? Id : never };

/** The ids, in menu order, as a tuple (what z.enum wants). */
export const EXPORT_FORMATS = EXPORT_FORMAT_LIST.map((f) => f.id) as unknown as Ids<typeof EXPORT_FORMAT_LIST>;

const BY_ID = new Map<string, ExportFormatDefinition<ExportFormat>>(EXPORT_FORMAT_LIST.map((f) => [f.id, f]));

export function isExportFormat(v: string): v is ExportFormat {
  return BY_ID.has(v);
}

export function exportFormat(id: ExportFormat): ExportFormatDefinition<ExportFormat> {
  const format = BY_ID.get(id);
  if (!format) throw new Error(`"${id}" is not an export format.`);
  return format;
}
