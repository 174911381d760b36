import type { ImportResult } from '../../shared/import/draft';
import { importHtml } from '../../shared/import/import';

/** Word's own paragraph styles mapped to what the HTML importer reads as headline, dek and sections. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.dek:fresh",
  "p[style-name='Heading 1'] => h1:fresh",
  "p[style-name='Heading 2'] => h2:fresh",
  "p[style-name='Heading 3'] => h3:fresh",
];

/**
 * A .docx file's text as HTML. Images are replaced by empty ones (the importer drops them anyway, so
 * there is no point decoding them) and external file references are never followed.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<{ html: string; messages: string[] }> {
  // Loaded on the first Word file, not at start (the CLI and the app start without it).
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  return { html: result.value, messages: result.messages.map((m) => m.message) };
}

/** Imports a Word document; a damaged or non-Word file is a value with a reason, not an exception. */
export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', message: `${fileName} is empty.` } };
  let html: string;
  try {
    html = (await docxToHtml(bytes)).html;
  } catch (e) {
    return {
      ok: false,
      error: { code: 'unreadable', message: `${fileName} could not be read as a Word document (${(e as Error).message.split('\n')[0]}).` },
    };
  }
  if (html.replace(/<[^>]*>/g, '').trim() === '') return { ok: false, error: { code: 'empty', message: `${fileName} has no text in it.` } };
  return { ok: true, draft: importHtml(html) };
}
