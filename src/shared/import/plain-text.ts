import { countWords } from '../article/text';
import { bylineOf, isClutterLine } from './clutter';
import { cleanHeading, isMasthead, unwrapHeadline } from './headline';
import { turnLabel } from './turns';
import { paragraph, type Block, type CopyStructure } from './structure';

const BULLET = /^(?:[-*•●▪◦–]\s+|(\d{1,3})[.)]\s+)/;
const SENTENCE_END = /[.!?…:;,]["”’)\]]*$/;
/** "HALDEN, Norway —", "OSLO (Reuters) -": the dateline that opens a lede. */
export const DATELINE = /^\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,\s*[\p{L}\s.]{2,30})?(?:\s*\([^)]{1,30}\))?\s+[—–-]{1,2}\s/u;

/** Strips what no importer wants: NULs, other control characters, odd line and space separators. */
export function normaliseText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  t = t.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  // Control characters (NUL included) carry nothing a reader sees; tabs and newlines are kept.
  t = t.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '');
  return t.replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
}

interface Unit {
  text: string;
  bullet: boolean;
  ordered: boolean;
}

/**
 * Lines grouped into units. Text hard-wrapped at a fixed width (e-mail, wire copy) has its lines
 * joined within each blank-line-separated block; otherwise every line is a unit of its own, which is
 * how text copied off a web page arrives.
 */
function units(text: string): Unit[] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of text.split('\n')) {
    // Runs of spaces collapse, except the gap after a transcript's "Q" ("Q    Thank you."), which is its label.
    const line = raw.trim().replace(/^(Q) {2,}(?=\S)/, '$1\u0000').replace(/ {2,}/g, ' ').replace('\u0000', '  ');
    if (line === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  let inner = 0;
  let wrappedLike = 0;
  let longest = 0;
  for (const b of blocks) {
    for (let i = 0; i < b.length; i++) {
      longest = Math.max(longest, b[i].length);
      if (i < b.length - 1) {
        inner++;
        if (b[i].length >= 40 && b[i].length <= 100 && !BULLET.test(b[i + 1])) wrappedLike++;
      }
    }
  }
  const hardWrapped = inner > 0 && longest <= 100 && wrappedLike / inner >= 0.6;

  const out: Unit[] = [];
  const push = (t: string): void => {
    const m = BULLET.exec(t);
    out.push(m ? { text: t.slice(m[0].length), bullet: true, ordered: m[1] !== undefined } : { text: t, bullet: false, ordered: false });
  };
  for (const b of blocks) {
    if (!hardWrapped) {
      for (const l of b) push(l);
      continue;
    }
    let acc = '';
    for (const l of b) {
      if (BULLET.test(l) && acc) {
        push(acc);
        acc = l;
      } else acc = acc ? `${acc} ${l}` : l;
    }
    if (acc) push(acc);
  }
  return out;
}

function isSeparator(t: string): boolean {
  return !/[\p{L}\p{N}]/u.test(t);
}

/** A subheading printed as a quoted fragment on its own line: “A lifeline, not a luxury”. */
const QUOTED_FRAGMENT = /^["“‘'](?=\p{Lu})[^"“”‘’.!?]{2,80}["”’']$/u;

function isHeadingCandidate(u: Unit): boolean {
  const t = u.text;
  if (u.bullet || t.length > 90 || countWords(t) > 12 || turnLabel(t)) return false;
  if (QUOTED_FRAGMENT.test(t) && countWords(t) <= 8) return true;
  return !SENTENCE_END.test(t) && /^[\p{Lu}\p{N}]/u.test(t) && !/^["“„«'‘]/.test(t);
}

function isParagraphLike(u: Unit | undefined): boolean {
  return !!u && (u.bullet || !isHeadingCandidate(u));
}

/** Ends a sentence: "…." or "…?" with any closing marks after it. */
const SENTENCE_STOP = /[.!?…]["”’)\]]*$/;

function isHeadlineCandidate(u: Unit): boolean {
  const t = u.text;
  if (t.length > 250) return false;
  const n = countWords(t);
  return (
    !u.bullet &&
    n >= 3 &&
    n <= 30 &&
    t.length <= 250 &&
    !SENTENCE_STOP.test(t) &&
    !turnLabel(t) &&
    // Two sentences in one line are copy or a blurb, not a headline ("…events. This may be…").
    !/\b\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(t)
  );
}

/** The start of the body: a sentence, a long paragraph, a transcript turn or a dateline. */
function isBodyLike(u: Unit): boolean {
  if (u.text.length > 400) return !u.bullet;
  const n = countWords(u.text);
  // A line ending in a colon introduces what follows ("…, the minister said:"): it is copy.
  return !u.bullet && (turnLabel(u.text) !== null || DATELINE.test(u.text) || n >= 25 || (SENTENCE_STOP.test(u.text) && n >= 4) || (/:\s*$/.test(u.text) && n >= 4));
}

/** Short lines that stand between a headline and its body: kickers, dates, names, labels. */
function isMinor(u: Unit): boolean {
  if (u.text.length > 200) return false;
  return bylineOf(u.text) !== null || (!SENTENCE_STOP.test(u.text) && countWords(u.text) <= 8);
}

function isTitleLike(t: string): boolean {
  const ws = t.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  return ws.length > 0 && (ws.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length / ws.length >= 0.6 || /^[^:]{2,40}:\s+\p{Lu}/u.test(t));
}

/** Where the body surely starts: a transcript turn, a dateline, a long paragraph or two sentences. */
function startsBody(u: Unit): boolean {
  if (u.text.length > 400) return !u.bullet;
  const n = countWords(u.text);
  return !u.bullet && (turnLabel(u.text) !== null || DATELINE.test(u.text) || (SENTENCE_STOP.test(u.text) && (n >= 20 || /[.!?…]["”’)]*\s+\S/.test(u.text))));
}

/**
 * The headline is the line that reads like one, not the first line: among the lines before the body,
 * the first of those followed by the body (allowing a dek, a byline, dates and labels between) that
 * is best capitalised like a title. A masthead ("U.S. Department of Defense") is never one.
 */
function pickHeadline(all: Unit[]): number {
  let stop = all.length;
  for (let k = 0; k < all.length && k < 80; k++) {
    if (startsBody(all[k]) && !isHeadlineCandidate(all[k])) {
      stop = k;
      break;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (let k = 0; k < stop && k < 80; k++) {
    const u = all[k];
    // The body has begun under a headline already found: nothing after it is the headline.
    if (best >= 0 && isBodyLike(u) && !isHeadlineCandidate(u)) break;
    if (!isHeadlineCandidate(u) || bylineOf(u.text) !== null || isMasthead(u.text)) continue;
    let followed = false;
    let dekSlot = false;
    let j = k + 1;
    for (; j < all.length && j < k + 40; j++) {
      if (isBodyLike(all[j])) {
        followed = true;
        break;
      }
      if (isMinor(all[j])) continue;
      if (dekSlot) break;
      dekSlot = true;
    }
    if (j >= all.length) followed = true;
    if (!followed) continue;
    const score = 3 + (isTitleLike(u.text) ? 2 : 0);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

const WIKI_HEADING = /\S\s*\[\s*edit(?:\s+source)?\s*\]$/i;
const METADATA_LABEL = /^(?:from|published|last updated|updated|part of|applies to|organisation|organization|document type|release date|date)\s*:?$/i;
function isMetadataLabel(t: string): boolean {
  return METADATA_LABEL.test(t.trim());
}

/** Splits plain text into headline, dek, byline, lead paragraphs and titled sections. */
export function structurePlainText(input: string): CopyStructure {
  const warnings: string[] = [];
  let dropped = 0;
  const raw = units(normaliseText(input));
  const all = raw.filter((u, k) => {
    // A page's metadata label on a line of its own ("From:", "Published") takes the short line under it along.
    const junk = isSeparator(u.text) || isClutterLine(u.text) || isMetadataLabel(u.text) || (k > 0 && isMetadataLabel(raw[k - 1].text) && !SENTENCE_STOP.test(u.text) && countWords(u.text) <= 20);
    if (junk) dropped++;
    return !junk;
  });
  let byline = '';
  const takeByline = (u: Unit): boolean => {
    const b = bylineOf(u.text);
    if (b === null) return false;
    if (!byline) byline = b;
    return true;
  };

  let i = 0;
  let headline = '';
  const first = pickHeadline(all);
  if (first >= 0) {
    for (const u of all.slice(0, first)) if (!takeByline(u)) dropped++;
    headline = unwrapHeadline(all[first].text);
    i = first + 1;
    // A headline printed twice (a reprint's link and its title) is one headline.
    while (i < all.length && unwrapHeadline(all[i].text) === headline) {
      i++;
      dropped++;
    }
  }

  // Between the headline and the body: a byline, perhaps a dek, and chrome (dates, labels, names).
  let dek = '';
  let bodyAt = i;
  while (bodyAt < all.length && bodyAt - i < 40 && !isBodyLike(all[bodyAt]) && !all[bodyAt].bullet) bodyAt++;
  if (!headline || bodyAt >= all.length || bodyAt - i >= 40) bodyAt = i;
  const laterSections = (from: number) => {
    for (let k = from; k < all.length; k++) if (isHeadingCandidate(all[k]) && isParagraphLike(all[k + 1]) && k > bodyAt) return true;
    return false;
  };
  for (let k = i; k < bodyAt; k++) {
    const u = all[k];
    if (takeByline(u)) continue;
    if (all[k + 1]?.text === u.text || all[k - 1]?.text === u.text) {
      dropped++;
      continue;
    }
    const n = countWords(u.text);
    const lastBeforeBody = k === bodyAt - 1;
    // A title-like line right above the body is the first section when more sections follow.
    // Not the last word of a menu ("Prime Minister", "Media", "Transcripts"), though.
    const inMenu = k > i && countWords(u.text) <= 2 && countWords(all[k - 1].text) <= 2;
    if (lastBeforeBody && isHeadingCandidate(u) && laterSections(bodyAt) && !inMenu) {
      bodyAt = k;
      break;
    }
    const only = all.slice(i, bodyAt).filter((v) => bylineOf(v.text) === null).length === 1;
    if (!dek && (n >= 4 || only) && n <= 50 && !/^["“]/.test(u.text) && !/:\s*$/.test(u.text) && (bodyAt - i <= 3 || !isMinor(u))) {
      dek = u.text;
      continue;
    }
    dropped++;
  }
  i = bodyAt;
  // A short line printed twice running is a video's or an image's title over its caption.
  const twin = (a: Unit | undefined, b: Unit | undefined) => !!a && !!b && a.text === b.text && countWords(a.text) <= 12 && !SENTENCE_STOP.test(a.text);
  const twins = new Set<number>();
  for (let k = i; k < all.length; k++) if (twin(all[k], all[k + 1])) twins.add(k).add(k + 1);

  let end = all.length;
  // Lines after the last sentence are related-story links, tags and footers.
  while (end > i && !all[end - 1].bullet && !SENTENCE_END.test(all[end - 1].text) && countWords(all[end - 1].text) <= 20) {
    end--;
    dropped++;
  }
  // …unless they sit under a wiki's own section title ("Sources[edit]"): that section is the article's.
  for (let k = end; k < all.length; k++) {
    if (WIKI_HEADING.test(all[k].text) && k + 1 < all.length) {
      dropped -= all.length - end;
      end = all.length;
      break;
    }
  }

  const lead: Block[] = [];
  const sections: { title: string; blocks: Block[] }[] = [];
  let target = lead;
  for (let k = i; k < end; k++) {
    const u = all[k];
    if (takeByline(u) && sections.length === 0 && lead.length === 0) continue;
    if (twins.has(k) || (headline && u.text === headline)) {
      dropped++;
      continue;
    }
    if (isHeadingCandidate(u) && isParagraphLike(all[k + 1]) && k + 1 < end) {
      const s = { title: cleanHeading(u.text), blocks: [] as Block[] };
      sections.push(s);
      target = s.blocks;
      continue;
    }
    if (u.bullet) {
      const last = target[target.length - 1];
      if (last?.type === 'list' && last.ordered === u.ordered) last.items.push([paragraph(u.text)]);
      else target.push({ type: 'list', ordered: u.ordered, items: [[paragraph(u.text)]] });
      continue;
    }
    target.push(paragraph(u.text));
  }
  if (dropped > 0) warnings.push(`Dropped ${dropped} line${dropped === 1 ? '' : 's'} of page clutter (buttons, widgets, prompts).`);
  return { headline, dek, byline, lead, sections, warnings };
}
