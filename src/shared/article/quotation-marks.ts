/**
 * The one reader of quotation marks, for the importer and the attribution analysis alike. It finds
 * the words that stand between quotation marks as a reader would, in text that is rarely tidy:
 * curly, straight, German („…“), Swedish (”…”) and French («…») marks, marks curled the wrong way, a
 * closing mark missing, British copy whose outer marks are single (‘…’ with “…” inside), and long
 * quotations that repeat the opening mark at each paragraph and close only at the end.
 *
 * Marks inside a quotation of the other kind are the inner quotation, not a new one. Single marks
 * are read as quotation marks only when they cannot be apostrophes ("don’t", "the ’90s", "islanders’
 * boat") and close within the paragraph (or open it, when the quotation runs on into the next).
 */

export type QuoteKind = 'double' | 'single';

/** One stretch of quoted words in one text: `start`–`end` are the words, marks excluded. */
export interface QuotedSpan {
  kind: QuoteKind;
  /** Index of the opening mark. */
  open: number;
  start: number;
  end: number;
  /** False when no closing mark ends it in this text (a typo, or a quotation running into the next paragraph). */
  closed: boolean;
}

/** A quotation as the text presents it; several pieces when it runs over several texts (paragraphs). */
export interface QuotedRun {
  pieces: { index: number; span: QuotedSpan }[];
  closed: boolean;
}

const DOUBLE_OPENERS = new Set(['\u201C', '\u201E', '\u201F', '\u00AB']);
const DOUBLE_CLOSERS = new Set(['\u201D', '\u00BB']);
const STRAIGHT_DOUBLE = new Set(['"', '\uFF02']);
const SINGLE_OPENERS = new Set(['\u2018', '\u201B', "'"]);
const SINGLE_CLOSERS = new Set(['\u2019', "'"]);
const MARKS = /["\uFF02\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201B']/g;

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}.,!?;:…'’)\]]/u.test(ch);
/** Characters after which a mark opens a quotation: "(“", "—“", "/“" as well as a space. */
const isOpeningContext = (ch: string | undefined) => isSpace(ch) || /[([{\u2014\u2013\-/\u201C\u2018]/.test(ch!);

type Role = 'open' | 'close' | 'none';

function doubleRole(ch: string, inside: boolean, prev: string | undefined, next: string | undefined): Role {
  if (DOUBLE_OPENERS.has(ch)) {
    // German „…“ closes with “, and autocorrect sometimes curls a closing mark the wrong way.
    return inside && isWordChar(prev) && !isWordChar(next) ? 'close' : 'open';
  }
  if (DOUBLE_CLOSERS.has(ch)) {
    // Swedish ”…” and wrongly curled opening marks: a ” before a word and after a space opens.
    return !inside && isOpeningContext(prev) && !isSpace(next) ? 'open' : 'close';
  }
  if (STRAIGHT_DOUBLE.has(ch)) {
    if (inside) return 'close';
    return isSpace(next) ? 'none' : 'open';
  }
  return 'none';
}

function singleOpens(ch: string, prev: string | undefined, next: string | undefined): boolean {
  // ‘Yes’ opens after a space or an opening bracket and before a letter; "’90s" and "rock ’n’ roll" do not.
  return SINGLE_OPENERS.has(ch) && (isOpeningContext(prev) || prev === '\u201E' || prev === '\u00AB') && isLetter(next);
}

function singleCloses(ch: string, prev: string | undefined, next: string | undefined, after: string): boolean {
  if (!SINGLE_CLOSERS.has(ch) || isSpace(prev)) return false;
  if (isLetter(prev) && isLetter(next)) return false; // don’t, O’Neill
  if (!(next === undefined || isSpace(next) || /[,.;:!?)\]—–\-"”“]/.test(next))) return false;
  // "the islanders’ boat": a plural possessive, when a lower-case word follows without punctuation.
  return !(/[sS]/.test(prev ?? '') && /^\s+\p{Ll}/u.test(after) && !/^\s+(?:she|he|they|said|says|added|asked|told)\b/u.test(after));
}

export interface QuoteReading {
  /**
   * Read single marks as outer quotation marks (British and Commonwealth style). Off, only the
   * double marks open a quotation and single ones stay scare quotes or inner quotations.
   */
  singleQuotes?: boolean;
}

/**
 * Quoted spans in one text, in order; the last may be open-ended. Linear in the length of the text:
 * a single mark that turns out to be an apostrophe is banned and the rest rescanned, at most a fixed
 * number of times, after which single marks are ignored in this text.
 */
export function quotedSpans(text: string, reading: QuoteReading = {}): QuotedSpan[] {
  const banned = new Set<number>();
  let singles = reading.singleQuotes ?? true;
  for (let attempt = 0; ; attempt++) {
    const { spans, failedSingle } = scan(text, banned, singles);
    if (failedSingle < 0) return spans;
    banned.add(failedSingle);
    if (attempt >= 32) singles = false;
  }
}

function scan(text: string, banned: Set<number>, singles: boolean): { spans: QuotedSpan[]; failedSingle: number } {
  const spans: QuotedSpan[] = [];
  let open = -1;
  let kind: QuoteKind = 'double';
  const leading = text.length - text.trimStart().length;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const i = m.index;
    const ch = text[i];
    const prev = text[i - 1];
    const next = text[i + 1];
    const isSingle = ch === "'" || ch === '\u2018' || ch === '\u2019' || ch === '\u201B';
    if (open >= 0 && kind === 'single') {
      if (isSingle && singleCloses(ch, prev, next, text.slice(i + 1, i + 12))) {
        spans.push({ kind, open, start: open + 1, end: i, closed: true });
        open = -1;
      }
      continue;
    }
    if (isSingle) {
      // Single marks inside a double quotation are the inner quotation.
      if (open < 0 && singles && !banned.has(i) && singleOpens(ch, prev, next)) {
        open = i;
        kind = 'single';
      }
      continue;
    }
    const r = doubleRole(ch, open >= 0, prev, next);
    if (r === 'open') {
      // A second opening mark before any closing one: the first quotation was never closed.
      if (open >= 0) spans.push({ kind, open, start: open + 1, end: i, closed: false });
      open = i;
      kind = 'double';
    } else if (r === 'close' && open >= 0) {
      spans.push({ kind, open, start: open + 1, end: i, closed: true });
      open = -1;
    }
  }
  if (open >= 0) {
    // An unclosed single mark is an apostrophe unless it opens the paragraph (a quotation running on).
    if (kind === 'single' && open !== leading) return { spans, failedSingle: open };
    spans.push({ kind, open, start: open + 1, end: text.length, closed: false });
  }
  return { spans, failedSingle: -1 };
}

/**
 * Every quotation in a sequence of texts (the paragraphs of a body, in order). A quotation that
 * reaches the end of its paragraph unclosed carries over when the next paragraph opens with a mark
 * of the same kind, as long quotations are printed.
 */
export function quotedRuns(texts: readonly string[], reading: QuoteReading = {}): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let carried: QuotedRun | null = null;
  let carriedKind: QuoteKind = 'double';
  texts.forEach((text, index) => {
    const spans = quotedSpans(text, reading);
    const leading = text.length - text.trimStart().length;
    const continues = carried !== null && spans.length > 0 && spans[0].open === leading && spans[0].kind === carriedKind;
    if (carried && !continues) runs.push(carried);
    if (!continues) carried = null;
    spans.forEach((span, i) => {
      let run: QuotedRun;
      if (i === 0 && carried) {
        run = carried;
        run.pieces.push({ index, span });
        run.closed = span.closed;
        carried = null;
      } else run = { pieces: [{ index, span }], closed: span.closed };
      if (i === spans.length - 1 && !span.closed && span.end === text.length) {
        carried = run;
        carriedKind = span.kind;
      } else runs.push(run);
    });
  });
  if (carried) runs.push(carried);
  return runs;
}
