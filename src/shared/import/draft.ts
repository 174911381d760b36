import type { DocNode, SourceKind, Standing } from '../article/model';

/**
 * What an importer found in a piece of copy, before it becomes an article. The import review shows
 * every item with its confidence so the editor can correct or drop it; `draftToArticle` then builds
 * the article from whatever is left.
 */
export interface ImportDraft {
  headline: string;
  dek: string;
  byline: string;
  /** Section titles in document order (the same titles appear as `section` nodes in `body`). */
  sections: string[];
  /** TipTap JSON valid against the article schema, without quotation marks (they are applied from `quotations`). */
  body: DocNode;
  sources: DetectedSource[];
  quotations: DetectedQuotation[];
  /** Paraphrased attributions to nobody in particular ("sources close to…", "documents obtained by…"). */
  unnamedAttributions: UnnamedAttribution[];
  /** Sentences for the user about what was dropped or guessed. */
  warnings: string[];
}

export interface DetectedSource {
  id: string;
  /** Empty for a source the text only describes ("a senior official"). */
  name: string;
  title: string;
  affiliation: string;
  kind: SourceKind;
  standing: Standing;
  anonymousDescription: string;
  anonymityReason: string;
  /** 0..1: how sure the importer is that this is a distinct, correctly named source. */
  confidence: number;
}

/**
 * Where quoted words sit: the index of a paragraph among all paragraphs of the body in document order
 * (list items and block quotes included, section titles not), and character offsets in its text.
 */
export interface TextRange {
  paragraph: number;
  from: number;
  to: number;
}

export interface DetectedQuotation {
  id: string;
  /** The quoted words; the parts of a split or multi-paragraph quotation are joined with a space. */
  text: string;
  /** Null when no speaker could be found: the review asks the editor. */
  sourceId: string | null;
  /** 0..1: how sure the importer is of the speaker. */
  confidence: number;
  /** One range per part: a split quotation or one running over paragraphs has several. */
  ranges: TextRange[];
  /** How the speaker was found, in words the review can show ("named after the quotation"). */
  evidence: string;
}

export interface UnnamedAttribution {
  /** The attributing phrase as written, e.g. "documents obtained by the Courier". */
  text: string;
  kind: 'person' | 'document';
  paragraph: number;
  confidence: number;
}

/** Why bytes could not be imported; `code` is what the UI and CLI branch on. */
export type ImportErrorCode = 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'unsupported' | 'unreadable';
export interface ImportError {
  code: ImportErrorCode;
  message: string;
}
export type ImportResult = { ok: true; draft: ImportDraft } | { ok: false; error: ImportError };
