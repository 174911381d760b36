import { countWords } from '../article/text';
import { bylineOf, isClutterLine } from './clutter';
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
    const line = raw.replace(/ {2,}/g, ' ').trim();
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

function isHeadingCandidate(u: Unit): boolean {
  const t = u.text;
  return (
    !u.bullet &&
    t.length <= 90 &&
    countWords(t) <= 12 &&
    !SENTENCE_END.test(t) &&
    /^[\p{Lu}\p{N}]/u.test(t) &&
    !/^["“„«'‘]/.test(t)
  );
}

function isParagraphLike(u: Unit | undefined): boolean {
  return !!u && (u.bullet || !isHeadingCandidate(u));
}

function isHeadlineCandidate(u: Unit): boolean {
  const n = countWords(u.text);
  return !u.bullet && n >= 3 && n <= 30 && u.text.length <= 250 && !(n >= 20 && /[.]$/.test(u.text));
}

/** Splits plain text into headline, dek, byline, lead paragraphs and titled sections. */
export function structurePlainText(input: string): CopyStructure {
  const warnings: string[] = [];
  let dropped = 0;
  const all = units(normaliseText(input)).filter((u) => {
    const junk = isSeparator(u.text) || isClutterLine(u.text);
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
  // Everything before the headline that is not a byline is a kicker, breadcrumb or button.
  const first = all.findIndex((u) => !takeByline(u) && isHeadlineCandidate(u));
  if (first >= 0 && first < 40) {
    dropped += all.slice(0, first).filter((u) => bylineOf(u.text) === null).length;
    headline = all[first].text;
    i = first + 1;
  }

  let dek = '';
  while (i < all.length && takeByline(all[i])) i++;
  if (headline && i < all.length) {
    const cand = all[i];
    let j = i + 1;
    let bylineAfter = false;
    while (j < all.length && takeByline(all[j])) {
      bylineAfter = true;
      j++;
    }
    const n = countWords(cand.text);
    const next = all[j];
    const looksDek =
      !cand.bullet &&
      n >= 4 &&
      n <= 50 &&
      !/^["“]/.test(cand.text) &&
      (bylineAfter || !SENTENCE_END.test(cand.text) || (next !== undefined && DATELINE.test(next.text)));
    if (looksDek && next !== undefined) {
      dek = cand.text;
      i = j;
    }
  }

  let end = all.length;
  // Lines after the last sentence are related-story links, tags and footers.
  while (end > i && !all[end - 1].bullet && !SENTENCE_END.test(all[end - 1].text) && countWords(all[end - 1].text) <= 20) {
    end--;
    dropped++;
  }

  const lead: Block[] = [];
  const sections: { title: string; blocks: Block[] }[] = [];
  let target = lead;
  for (let k = i; k < end; k++) {
    const u = all[k];
    if (takeByline(u) && sections.length === 0 && lead.length === 0) continue;
    if (isHeadingCandidate(u) && isParagraphLike(all[k + 1]) && k + 1 < end) {
      const s = { title: u.text, blocks: [] as Block[] };
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
