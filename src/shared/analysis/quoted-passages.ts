import { quotedRuns } from '../article/quotation-marks';
import type { TextBlock } from './doc-walk';
import type { DocRange } from './target';

/**
 * The quoted passages of the body's text blocks, as `article/quotation-marks` reads them (the same
 * reader the importer uses), with each piece tied back to its block so warnings can point at it.
 */

/** One stretch of quoted words inside one block, in offsets of `block.text`, marks excluded. */
export interface QuotedPiece {
  block: TextBlock;
  start: number;
  end: number;
}

/** A quotation as the text presents it; more than one piece when it runs over several paragraphs. */
export interface QuotedPassage {
  pieces: QuotedPiece[];
  /** False when no closing mark ends it (a typo, or a paragraph-spanning quotation never closed). */
  closed: boolean;
}

/**
 * Every quoted passage in the given blocks, in document order. Single marks are not read as outer
 * marks here: in an article being edited they are scare quotes or apostrophes far more often than
 * unmarked speech, and the importer has already marked the British-style quotations it found.
 */
export function quotedPassages(blocks: TextBlock[]): QuotedPassage[] {
  return quotedRuns(
    blocks.map((b) => b.text),
    { singleQuotes: false },
  ).map((run) => ({
    closed: run.closed,
    pieces: run.pieces.map(({ index, span }) => ({ block: blocks[index], start: span.start, end: span.end })),
  }));
}

/** The passage's words as text, pieces in different paragraphs joined by a line break. */
export function passageText(passage: QuotedPassage): string {
  return passage.pieces.map((p) => p.block.text.slice(p.start, p.end)).join('\n');
}

/** The passage's extent in document positions, from its first quoted character to its last. */
export function passageRange(passage: QuotedPassage): DocRange {
  const first = passage.pieces[0];
  const last = passage.pieces[passage.pieces.length - 1];
  return { from: first.block.contentFrom + first.start, to: last.block.contentFrom + last.end };
}
