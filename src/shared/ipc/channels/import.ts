import { z } from 'zod';
import { DocNodeSchema } from '../../article/model';
import { ImportDraftSchema } from '../../import/draft';
import { OpenedArticle } from './library';

/** Base64 of a file sent for import; 60 MB of base64 is 45 MB of file, under browser mode's 64 MB request limit. */
export const MAX_IMPORT_BASE64 = 60 * 1024 * 1024;
/** Copy larger than this is refused before it is read: one article is never this long, and the review could not show it. */
export const MAX_IMPORT_TEXT_BYTES = 8 * 1024 * 1024;
/** The largest file the app takes for import (a Word document full of pictures may be large but hold little text). */
export const MAX_IMPORT_FILE_BYTES = Math.floor((MAX_IMPORT_BASE64 / 4) * 3);

const MB = 1024 * 1024;

/** Why copy is refused for its size, in the same words wherever the check runs. */
export function tooMuchTextMessage(fileName: string, bytes: number): string {
  return (
    `${fileName} is ${Math.max(1, Math.round(bytes / MB))} MB of text, more than one article can hold: Copydesk imports up to ` +
    `${MAX_IMPORT_TEXT_BYTES / MB} MB (about a million words). Split it into parts and import each one.`
  );
}

export function tooLargeFileMessage(fileName: string, bytes: number): string {
  return `${fileName} is ${Math.round(bytes / MB)} MB; Copydesk imports files up to ${Math.floor(MAX_IMPORT_FILE_BYTES / MB)} MB.`;
}

/**
 * An import draft as it crosses the boundary (see `ImportDraft` in shared/import/draft). The body stays
 * in the main process between preview and create, so the review only carries what the user can see and correct.
 */
export const ImportDraftInputSchema = ImportDraftSchema.extend({ body: DocNodeSchema.optional() });
export type ImportDraftInput = z.infer<typeof ImportDraftInputSchema>;

export const IMPORT_FORMATS = ['text', 'markdown', 'html'] as const;
export const IMPORT_STAGES = ['reading', 'converting', 'analysing', 'done', 'failed'] as const;

export const ImportProgressEvent = z.object({
  /** The id the UI gave `import.preview`, so a dialog follows only its own import. */
  id: z.string(),
  stage: z.enum(IMPORT_STAGES),
  /** 0…100. */
  percent: z.number().min(0).max(100),
});
export type ImportProgressEvent = z.infer<typeof ImportProgressEvent>;

export const ImportPreview = z.object({
  /** Names the body the main process keeps until `import.create`. */
  previewId: z.string(),
  fileName: z.string(),
  draft: ImportDraftInputSchema,
  paragraphs: z.number().int().min(0),
  words: z.number().int().min(0),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Importing copy as a new article: preview (the engine, off the main thread), review, create. */
export const importChannels = {
  /** Runs the importer on a file's bytes (base64) or on text in a known format; answers with the draft to review. */
  'import.preview': {
    input: z
      .object({
        fileName: z.string().min(1).max(1000),
        bytes: z.string().max(MAX_IMPORT_BASE64, 'The file is too large to import.').optional(),
        text: z.string().max(MAX_IMPORT_TEXT_BYTES, 'The text is too large to import as one article.').optional(),
        format: z.enum(IMPORT_FORMATS).optional(),
        /** Chosen by the UI, echoed in `import.progress`. */
        id: z.string().min(1).max(100).optional(),
      })
      .refine((i) => (i.bytes === undefined) !== (i.text === undefined), 'Send either the bytes of a file or its text.'),
    output: ImportPreview,
  },
  /** Writes the reviewed draft as a new article file (never over an existing one) and opens it. */
  'import.create': {
    input: z.object({
      /** From `import.preview`; needed unless the draft carries its own body. */
      previewId: z.string().max(200).optional(),
      draft: ImportDraftInputSchema,
    }),
    output: OpenedArticle,
  },
  /** Electron: a native open dialog and the chosen file's bytes. Null when cancelled or when the host has none (browser mode). */
  'import.chooseFile': {
    input: z.object({}),
    output: z.object({ fileName: z.string(), bytes: z.string() }).nullable(),
  },
} as const;

export const importEvents = {
  'import.progress': ImportProgressEvent,
} as const;
