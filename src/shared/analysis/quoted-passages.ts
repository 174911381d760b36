import type { TextBlock } from './doc-walk';
import type { DocRange } from './target';

/**
 * Finds the words that stand between double quotation marks in running text, as a reader would, in
 * text that is rarely tidy: straight and curly marks mixed, marks curled the wrong way, a closing mark
 * missing, and long quotations that repeat the opening mark at each paragraph and close only at the end.
 * Single quotes are not scanned: they are apostrophes or quotes within a quote far more often than not.
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

const OPENERS = new Set(['\u201C', '\u201E', '\u201F', '\u00AB']);
const CLOSERS = new Set(['\u201D', '\u00BB']);
const STRAIGHT = new Set(['"', '\uFF02']);
const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}.,!?;:…'’)\]]/u.test(ch);
// Characters after which a mark opens a quotation: "(“", "—“", "/“" as well as a space.
const isOpeningContext = (ch: string | undefined) => isSpace(ch) || /[([{\u2014\u2013\-/\u201C\u2018]/.test(ch!);

type Role = 'open' | 'close' | 'none';

function role(ch: string, inside: boolean, prev: string | undefined, next: string | undefined): Role {
  if (OPENERS.has(ch)) {
    // German „…“ closes with “, and autocorrect sometimes curls a closing mark the wrong way.
    return inside && isWordChar(prev) && !isWordChar(next) ? 'close' : 'open';
  }
  if (CLOSERS.has(ch)) {
    // Swedish ”…” and wrongly curled opening marks: a ” before a word and after a space opens.
    return !inside && isOpeningContext(prev) && !isSpace(next) ? 'open' : 'close';
  }
  if (STRAIGHT.has(ch)) {
    if (inside) return 'close';
    return isSpace(next) ? 'none' : 'open';
  }
  return 'none';
}

const QUOTE_CHARS = /["\uFF02\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;

/** Pieces of one block; the last is open-ended when the block finishes inside a quotation. */
function scanBlock(block: TextBlock): { start: number; end: number; closed: boolean }[] {
  const text = block.text;
  const pieces: { start: number; end: number; closed: boolean }[] = [];
  let start = -1;
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const r = role(text[i], start >= 0, text[i - 1], text[i + 1]);
    if (r === 'open') {
      // A second opening mark before any closing one: the first quotation was never closed.
      if (start >= 0) pieces.push({ start, end: i, closed: false });
      start = i + 1;
    } else if (r === 'close' && start >= 0) {
      pieces.push({ start, end: i, closed: true });
      start = -1;
    }
  }
  if (start >= 0) pieces.push({ start, end: text.length, closed: false });
  return pieces;
}

/** Every quoted passage in the given blocks, in document order. */
export function quotedPassages(blocks: TextBlock[]): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let carried: QuotedPassage | null = null;
  for (const block of blocks) {
    const pieces = scanBlock(block);
    // A quotation carries over only when this paragraph opens with a quotation mark.
    const leadingSpace = block.text.length - block.text.trimStart().length;
    const continues = carried !== null && pieces.length > 0 && pieces[0].start === leadingSpace + 1;
    if (carried && !continues) passages.push(carried);
    if (!continues) carried = null;
    pieces.forEach((p, i) => {
      const piece = { block, start: p.start, end: p.end };
      let passage: QuotedPassage;
      if (i === 0 && carried) {
        passage = carried;
        passage.pieces.push(piece);
        passage.closed = p.closed;
        carried = null;
      } else passage = { pieces: [piece], closed: p.closed };
      const ranToEnd = i === pieces.length - 1 && !p.closed && p.end === block.text.length;
      if (ranToEnd) carried = passage;
      else passages.push(passage);
    });
  }
  if (carried) passages.push(carried);
  return passages;
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
