import { z } from 'zod';
import { DocNodeSchema, SourceKind, Standing } from '../article/model';

/**
 * What an importer found in a piece of copy, before it becomes an article. The import review shows
 * every item with its confidence so the editor can correct or drop it; `draftToArticle` then builds
 * the article from whatever is left. The schemas are the one definition: the types are inferred from
 * them, and the IPC contract validates drafts with them.
 */

const Confidence = z.number().min(0).max(1);

export const DetectedSourceSchema = z.object({
  id: z.string().min(1).max(200),
  /** Empty for a source the text only describes ("a senior official"). */
  name: z.string().max(500),
  title: z.string().max(500),
  affiliation: z.string().max(500),
  kind: SourceKind,
  standing: Standing,
  anonymousDescription: z.string().max(1000),
  anonymityReason: z.string().max(2000),
  /** 0..1: how sure the importer is that this is a distinct, correctly named source. */
  confidence: Confidence,
});
export type DetectedSource = z.infer<typeof DetectedSourceSchema>;

/**
 * Where quoted words sit: the index of a paragraph among all paragraphs of the body in document order
 * (list items and block quotes included, section titles not), and character offsets in its text.
 */
export const TextRangeSchema = z.object({
  paragraph: z.number().int().min(0),
  from: z.number().int().min(0),
  to: z.number().int().min(0),
});
export type TextRange = z.infer<typeof TextRangeSchema>;

export const DetectedQuotationSchema = z.object({
  id: z.string().min(1).max(200),
  /** The quoted words; the parts of a split or multi-paragraph quotation are joined with a space. */
  text: z.string().max(200_000),
  /** Null when no speaker could be found: the review asks the editor. */
  sourceId: z.string().max(200).nullable(),
  /** 0..1: how sure the importer is of the speaker. */
  confidence: Confidence,
  /** One range per part: a split quotation or one running over paragraphs has several. */
  ranges: z.array(TextRangeSchema).max(1000),
  /** How the speaker was found, in words the review can show ("named after the quotation"). */
  evidence: z.string().max(2000),
  /**
   * Set when the speaker is not the one a simpler reading would give (an unnamed person named later
   * in the sentence, a follow-on quotation after someone new was introduced, or "she replied" after
   * the other person spoke): the review flags it.
   */
  check: z.string().max(500).optional(),
});
export type DetectedQuotation = z.infer<typeof DetectedQuotationSchema>;

/** Paraphrased attributions to nobody in particular ("sources close to…", "documents obtained by…"). */
export const UnnamedAttributionSchema = z.object({
  /** The attributing phrase as written, e.g. "documents obtained by the Courier". */
  text: z.string().max(5000),
  kind: z.enum(['person', 'document']),
  paragraph: z.number().int().min(0),
  confidence: Confidence,
});
export type UnnamedAttribution = z.infer<typeof UnnamedAttributionSchema>;

export const ImportDraftSchema = z.object({
  headline: z.string().max(2000),
  dek: z.string().max(5000),
  byline: z.string().max(2000),
  /** Section titles in document order (the same titles appear as `section` nodes in `body`). */
  sections: z.array(z.string().max(2000)).max(200_000),
  /** TipTap JSON valid against the article schema, without quotation marks (they are applied from `quotations`). */
  body: DocNodeSchema,
  sources: z.array(DetectedSourceSchema).max(200_000),
  quotations: z.array(DetectedQuotationSchema).max(1_000_000),
  unnamedAttributions: z.array(UnnamedAttributionSchema).max(200_000),
  /** Sentences for the user about what was dropped or guessed. */
  warnings: z.array(z.string().max(5000)).max(1000),
});
export type ImportDraft = z.infer<typeof ImportDraftSchema>;

/** Why bytes could not be imported; `code` is what the UI and CLI branch on. */
export type ImportErrorCode = 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'unsupported' | 'unreadable';
export interface ImportError {
  code: ImportErrorCode;
  message: string;
}
export type ImportResult = { ok: true; draft: ImportDraft } | { ok: false; error: ImportError };
