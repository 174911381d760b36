import type { ImportDraft, ImportResult } from './draft';
import { structureHtml } from './html';
import { structureMarkdown } from './markdown';
import { normaliseText, structurePlainText } from './plain-text';
import { findQuotations } from './quotations';
import { paragraph, paragraphTexts, sectionStartParagraphs, structureToBody, type CopyStructure } from './structure';

export type ImportFormat = 'text' | 'markdown' | 'html';

/** Files above this size are refused: an article is never this long, and the review could not show it. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

function draftFrom(structure: CopyStructure): ImportDraft {
  const body = structureToBody(structure);
  const found = findQuotations(paragraphTexts(body), { sectionStarts: sectionStartParagraphs(body), context: [structure.headline, structure.dek] });
  return {
    headline: structure.headline,
    dek: structure.dek,
    byline: structure.byline,
    sections: structure.sections.map((s) => s.title),
    body,
    sources: found.sources,
    quotations: found.quotations,
    unnamedAttributions: found.unnamedAttributions,
    warnings: structure.warnings,
  };
}

/**
 * Runs an importer so that no input can make it throw: if structure or quotation detection fails on
 * some unforeseen input, the copy still arrives as plain paragraphs with a warning saying so.
 */
function guarded(text: string, structure: (t: string) => CopyStructure): ImportDraft {
  const input = typeof text === 'string' ? text : '';
  try {
    return draftFrom(structure(input));
  } catch (e) {
    const paragraphs = normaliseText(input)
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map(paragraph);
    return {
      headline: '',
      dek: '',
      byline: '',
      sections: [],
      body: structureToBody({ headline: '', dek: '', byline: '', lead: paragraphs, sections: [], warnings: [] }),
      sources: [],
      quotations: [],
      unnamedAttributions: [],
      warnings: [`Copydesk could not work out the structure of this copy, so it arrived as plain paragraphs (${(e as Error)?.message ?? 'unknown error'}).`],
    };
  }
}

/** Plain text: clutter dropped, headline, dek, sections and paragraphs found, then quotations. */
export function importText(text: string): ImportDraft {
  return guarded(text, structurePlainText);
}

export function importMarkdown(markdown: string): ImportDraft {
  return guarded(markdown, structureMarkdown);
}

/** HTML from a web page, a word processor or the clipboard; sanitised, never fetched from. */
export function importHtml(html: string): ImportDraft {
  return guarded(html, structureHtml);
}

export function importAs(format: ImportFormat, text: string): ImportDraft {
  return format === 'html' ? importHtml(text) : format === 'markdown' ? importMarkdown(text) : importText(text);
}

/** The format a file name or its first characters say it is. */
export function detectFormat(fileName: string, text: string): ImportFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown') return 'markdown';
  if (ext === 'txt' || ext === 'text') return 'text';
  const start = text.slice(0, 1000).trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || /^<(?:head|body|article|div|p|h1)\b/.test(start)) return 'html';
  return 'text';
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function magic(bytes: Uint8Array, ...sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * Imports a file's bytes: refuses binary data, invalid UTF-8 and empty files with a sentence the user
 * understands, honours UTF-8 and UTF-16 byte order marks, and picks the importer by name and content.
 * DOCX needs an unzipper and is handled in the main process.
 */
export function importBytes(bytes: Uint8Array, fileName: string): ImportResult {
  if (bytes.length === 0) return { ok: false, error: { code: 'empty', message: `${fileName} is empty.` } };
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: { code: 'too-large', message: `${fileName} is ${Math.round(bytes.length / 1048576)} MB; Copydesk imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.` } };
  }
  if (magic(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    return { ok: false, error: { code: 'unsupported', message: `${fileName} is a compressed file (Word document or ZIP archive), not text. Import .docx files by their name.` } };
  }
  if (magic(bytes, 0x25, 0x50, 0x44, 0x46)) {
    return { ok: false, error: { code: 'unsupported', message: `${fileName} is a PDF. Copy its text into a .txt file or paste it instead.` } };
  }
  let text: string;
  try {
    if (magic(bytes, 0xff, 0xfe)) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (magic(bytes, 0xfe, 0xff)) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else {
      if (looksBinary(bytes)) return { ok: false, error: { code: 'binary', message: `${fileName} contains binary data, not text.` } };
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
  } catch {
    return {
      ok: false,
      error: {
        code: 'invalid-utf8',
        message: `${fileName} is not valid UTF-8 text. It may be saved in an older encoding (such as Windows-1252); save it as UTF-8 and import it again.`,
      },
    };
  }
  if (text.includes('\u0000')) return { ok: false, error: { code: 'binary', message: `${fileName} contains binary data, not text.` } };
  if (text.trim() === '') return { ok: false, error: { code: 'empty', message: `${fileName} has no text in it.` } };
  return { ok: true, draft: importAs(detectFormat(fileName, text), text) };
}
