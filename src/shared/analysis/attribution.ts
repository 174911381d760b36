import { sourceName } from '../article/labels';
import type { Article, Source, Standing } from '../article/model';
import { countWords } from '../article/text';
import { markedSpans, textBlocks, type TextBlock } from './doc-walk';
import { passageRange, passageText, quotedPassages, type QuotedPassage } from './quoted-passages';
import { excerpt, type AnalysisWarning, type DocRange } from './target';
import { normaliseMapped, pullQuoteNeedle, verbatimMatches, type MappedText } from './verbatim';

/** Words marked as said by a source. Runs sharing a quotation id are one quotation, even across paragraphs. */
export interface QuotationInfo {
  /** The mark's `id` attribute; null for a mark saved without one. */
  id: string | null;
  /** Order of the quotation in the body, from 0: with `id`, enough to find it again. */
  index: number;
  sourceId: string | null;
  text: string;
  words: number;
  /** Where to jump: from the first quoted character to the last. */
  range: DocRange;
  /** The marked stretches themselves, one per paragraph the quotation runs over. */
  ranges: DocRange[];
}

/** What the panel shows of a source; contact details and private notes are deliberately left out. */
export interface SourceSummary {
  id: string;
  name: string;
  title: string;
  affiliation: string;
  kind: Source['kind'];
  standing: Standing;
  anonymousDescription: string;
  hasAnonymityReason: boolean;
  verified: boolean;
}

export interface SourceAttribution {
  source: SourceSummary;
  quotations: QuotationInfo[];
  quotationCount: number;
  quotedWords: number;
  /** This source's part of all quoted words in the body, 0..1 (0 when nothing is quoted). */
  share: number;
}

export interface PullQuoteInfo {
  id: string | null;
  index: number;
  sourceId: string | null;
  text: string;
  range: DocRange;
  verbatim: boolean;
  /** Where its words stand in the body, when they do. */
  bodyRange: DocRange | null;
}

export type AttributionWarningCode =
  | 'unattributed-quote'
  | 'quotation-without-source'
  | 'quotation-unknown-source'
  | 'pull-quote-empty'
  | 'pull-quote-not-verbatim'
  | 'pull-quote-no-source'
  | 'pull-quote-unknown-source'
  | 'pull-quote-source-mismatch'
  | 'source-never-quoted'
  | 'anonymity-without-reason';

export type AttributionWarning = AnalysisWarning<AttributionWarningCode>;

export interface AttributionAnalysis {
  sources: SourceAttribution[];
  totals: {
    sources: number;
    onRecord: number;
    background: number;
    anonymous: number;
    quotations: number;
    /** Every quoted word in the body, including quotations whose source is missing. */
    quotedWords: number;
  };
  /** Quotations whose source is not among the article's sources (or that name none). */
  orphanQuotations: QuotationInfo[];
  pullQuotes: PullQuoteInfo[];
  warnings: AttributionWarning[];
}

// A pull quote is shown as typed, but inside the message's own quotation marks rather than doubled up with them.
const QUOTE_EDGES = /^[\s"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB]+|[\s"'\u201C\u201D\u201E\u2018\u2019\u00AB\u00BB]+$/g;

/** Quoted passages this short are scare quotes or partial quotes, not speech that needs a source. */
const MAX_UNATTRIBUTED_WORDS = 3;

function sourceLabel(s: Source): string {
  return sourceName(s, `source "${s.id}"`);
}

function summarise(s: Source): SourceSummary {
  return {
    id: s.id,
    name: s.name,
    title: s.title,
    affiliation: s.affiliation,
    kind: s.kind,
    standing: s.standing,
    anonymousDescription: s.anonymousDescription,
    hasAnonymityReason: s.anonymityReason.trim() !== '',
    verified: s.verified,
  };
}

function collectQuotations(blocks: TextBlock[]): QuotationInfo[] {
  return markedSpans(blocks, 'quotation', 'id', 'sourceId').map((span, index) => {
    const sourceId = span.attrs.sourceId;
    return {
      id: span.id,
      index,
      sourceId: typeof sourceId === 'string' && sourceId !== '' ? sourceId : null,
      text: span.text,
      words: countWords(span.text),
      range: { from: span.ranges[0].from, to: span.ranges[span.ranges.length - 1].to },
      ranges: span.ranges,
    };
  });
}

/** A quoted stretch with its quotation, kept in document order to find what lies under a span quickly. */
interface QuotedStretch {
  range: DocRange;
  quotation: QuotationInfo;
}

function stretchesInOrder(quotations: QuotationInfo[]): QuotedStretch[] {
  return quotations.flatMap((quotation) => quotation.ranges.map((range) => ({ range, quotation }))).sort((a, b) => a.range.from - b.range.from);
}

/** Stretches overlapping `span`. A text run carries one quotation at most, so stretches never overlap each other. */
function stretchesUnder(stretches: QuotedStretch[], span: DocRange): QuotedStretch[] {
  let lo = 0;
  let hi = stretches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stretches[mid].range.to <= span.from) lo = mid + 1;
    else hi = mid;
  }
  const out: QuotedStretch[] = [];
  for (let i = lo; i < stretches.length && stretches[i].range.from < span.to; i++) out.push(stretches[i]);
  return out;
}

/** The body text the reader sees (pull quotes excluded), normalised, with positions back into the document. */
function normalisedBody(blocks: TextBlock[]): MappedText {
  const running = blocks.filter((b) => b.type !== 'pullQuote');
  const parts: string[] = [];
  const pos = new Int32Array(running.reduce((n, b) => n + b.text.length + 1, 1));
  let n = 0;
  for (const b of running) {
    // Each block is followed by a line break, mapped to the block's end, so words never join across blocks.
    parts.push(b.text, '\n');
    for (let i = 0; i <= b.text.length; i++) pos[n++] = b.contentFrom + i;
  }
  pos[n] = n > 0 ? pos[n - 1] : 0;
  return normaliseMapped({ text: parts.join(''), pos });
}

/** Words of a quoted passage that no quotation mark covers. */
function uncoveredWords(passage: QuotedPassage, stretches: QuotedStretch[]): number {
  const uncovered: string[] = [];
  for (const piece of passage.pieces) {
    const base = piece.block.contentFrom;
    let cursor = base + piece.start;
    const end = base + piece.end;
    for (const { range: r } of stretchesUnder(stretches, { from: cursor, to: end })) {
      if (r.from > cursor) uncovered.push(piece.block.text.slice(cursor - base, r.from - base));
      cursor = Math.max(cursor, r.to);
    }
    if (cursor < end) uncovered.push(piece.block.text.slice(cursor - base, end - base));
  }
  return countWords(uncovered.join('\n'));
}

function unattributedPassageWarnings(blocks: TextBlock[], stretches: QuotedStretch[]): AttributionWarning[] {
  // Titles and pull quotes cannot carry a quotation mark, so a warning there could never be fixed.
  const running = blocks.filter((b) => b.type !== 'pullQuote' && b.type !== 'sectionTitle' && b.type !== 'codeBlock');
  const warnings: AttributionWarning[] = [];
  for (const passage of quotedPassages(running)) {
    const text = passageText(passage);
    const words = countWords(text);
    if (words <= MAX_UNATTRIBUTED_WORDS) continue;
    const loose = uncoveredWords(passage, stretches);
    if (loose <= MAX_UNATTRIBUTED_WORDS) continue;
    const what = loose === words ? 'Quoted words are not attributed to a source' : 'Part of a quotation is not attributed to a source';
    const unclosed = passage.closed ? '' : ' (its quotation mark is never closed)';
    warnings.push({
      code: 'unattributed-quote',
      message: `${what}: “${excerpt(text)}”${unclosed}.`,
      target: { kind: 'text', range: passageRange(passage) },
    });
  }
  return warnings;
}

function pullQuoteChecks(
  blocks: TextBlock[],
  stretches: QuotedStretch[],
  sourcesById: Map<string, Source>,
): { pullQuotes: PullQuoteInfo[]; warnings: AttributionWarning[] } {
  const pullQuotes: PullQuoteInfo[] = [];
  const warnings: AttributionWarning[] = [];
  const pullQuoteBlocks = blocks.filter((b) => b.type === 'pullQuote');
  // Normalising the whole body is the costliest step of the analysis: skip it when there is nothing to check.
  const body = pullQuoteBlocks.length ? normalisedBody(blocks) : { text: '', pos: new Int32Array(1) };

  pullQuoteBlocks.forEach((block, index) => {
    const attrs = block.node.attrs ?? {};
    const id = typeof attrs.id === 'string' && attrs.id !== '' ? attrs.id : null;
    const sourceId = typeof attrs.sourceId === 'string' && attrs.sourceId !== '' ? attrs.sourceId : null;
    const range = { from: block.from, to: block.contentFrom + block.text.length + 1 };
    const target = { kind: 'pullQuote' as const, pullQuoteId: id, index, range };
    const needle = pullQuoteNeedle(block.text);
    const shown = excerpt(block.text.replace(QUOTE_EDGES, ''));
    const warn = (code: AttributionWarningCode, message: string) => warnings.push({ code, message, target });

    // A pull quote can repeat a line more than once in the body; any occurrence by the right source will do.
    const occurrences: DocRange[] = verbatimMatches(body.text, needle, 50).map((at) => ({
      from: body.pos[at],
      to: body.pos[at + needle.length - 1] + 1,
    }));
    pullQuotes.push({ id, index, sourceId, text: block.text, range, verbatim: occurrences.length > 0, bodyRange: occurrences[0] ?? null });

    if (needle === '') warn('pull-quote-empty', 'A pull quote is empty.');
    else if (!occurrences.length) {
      warn('pull-quote-not-verbatim', `The pull quote “${shown}” does not match the body word for word.`);
    }
    const source = sourceId ? sourcesById.get(sourceId) : undefined;
    if (!sourceId) {
      if (needle !== '') warn('pull-quote-no-source', `The pull quote “${shown}” is not attributed to a source.`);
      return;
    }
    if (!source) {
      warn('pull-quote-unknown-source', `The pull quote “${shown}” names a source that is not in this article.`);
      return;
    }
    if (!occurrences.length) return;
    const repeated = occurrences.map((occ) => stretchesUnder(stretches, occ).map((s) => s.quotation));
    if (repeated.some((qs) => qs.some((q) => q.sourceId === sourceId))) return;
    const other = repeated.flat().find((q) => q.sourceId && sourcesById.has(q.sourceId));
    const said = other ? `the words are quoted from ${sourceLabel(sourcesById.get(other.sourceId!)!)}` : 'the words it repeats are not marked as anyone’s quotation';
    warn('pull-quote-source-mismatch', `The pull quote “${shown}” is attributed to ${sourceLabel(source)}, but ${said}.`);
  });
  return { pullQuotes, warnings };
}

/** Everything the source attribution panel shows, computed from the article alone. Never throws on odd bodies. */
export function analyseAttribution(article: Article): AttributionAnalysis {
  const blocks = textBlocks(article.body);
  const quotations = collectQuotations(blocks);
  const sourcesById = new Map<string, Source>();
  for (const s of article.sources) if (!sourcesById.has(s.id)) sourcesById.set(s.id, s);

  const totalWords = quotations.reduce((n, q) => n + q.words, 0);
  const sources: SourceAttribution[] = article.sources.map((s) => {
    const own = quotations.filter((q) => q.sourceId === s.id);
    const words = own.reduce((n, q) => n + q.words, 0);
    return {
      source: summarise(s),
      quotations: own,
      quotationCount: own.length,
      quotedWords: words,
      share: totalWords > 0 ? words / totalWords : 0,
    };
  });
  const orphanQuotations = quotations.filter((q) => q.sourceId === null || !sourcesById.has(q.sourceId));

  const stretches = stretchesInOrder(quotations);
  const positioned: AttributionWarning[] = [...unattributedPassageWarnings(blocks, stretches)];
  for (const q of orphanQuotations) {
    const target = { kind: 'quotation' as const, quotationId: q.id, index: q.index, range: q.range };
    positioned.push(
      q.sourceId === null
        ? { code: 'quotation-without-source', message: `The quotation “${excerpt(q.text)}” is not linked to a source.`, target }
        : {
            code: 'quotation-unknown-source',
            message: `The quotation “${excerpt(q.text)}” is attributed to a source that is not in this article.`,
            target,
          },
    );
  }
  const pulls = pullQuoteChecks(blocks, stretches, sourcesById);
  positioned.push(...pulls.warnings);
  positioned.sort((a, b) => rangeOf(a) - rangeOf(b));

  const sourceWarnings: AttributionWarning[] = [];
  for (const s of article.sources) {
    const target = { kind: 'source' as const, sourceId: s.id };
    if (!quotations.some((q) => q.sourceId === s.id)) {
      sourceWarnings.push({ code: 'source-never-quoted', message: `${sourceLabel(s)} is listed as a source but never quoted.`, target });
    }
    if (s.standing !== 'on-record' && s.anonymityReason.trim() === '') {
      const standing = s.standing === 'anonymous' ? 'an anonymous' : 'a background';
      sourceWarnings.push({
        code: 'anonymity-without-reason',
        message: `${sourceLabel(s)} is ${standing} source with no reason given for granting anonymity.`,
        target,
      });
    }
  }

  const count = (standing: Standing) => article.sources.filter((s) => s.standing === standing).length;
  return {
    sources,
    totals: {
      sources: article.sources.length,
      onRecord: count('on-record'),
      background: count('background'),
      anonymous: count('anonymous'),
      quotations: quotations.length,
      quotedWords: totalWords,
    },
    orphanQuotations,
    pullQuotes: pulls.pullQuotes,
    warnings: [...positioned, ...sourceWarnings],
  };
}

function rangeOf(w: AttributionWarning): number {
  return 'range' in w.target && w.target.range ? w.target.range.from : 0;
}
