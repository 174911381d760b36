import { countWords } from '../article/text';
import { bylineOf, isClutterLine } from './clutter';
import { cleanHeading, unwrapHeadline } from './headline';
import { normaliseText } from './plain-text';
import { promoteBoldHeadings, runsText, importedHref, tidyRuns, type Block, type CopyStructure, type Run } from './structure';

const ATX = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT = /^(=+|-+)\s*$/;
const RULE = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const LIST_ITEM = /^\s*(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const LINK = /\[([^\]\n]{0,500})\]\(\s*([^)\s]{0,2000})(?:\s+"[^"\n]{0,300}")?\s*\)/y;
const IMAGE = /!\[([^\]\n]{0,500})\]\(\s*([^)\s]{0,2000})(?:\s+"[^"\n]{0,300}")?\s*\)/y;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^>\s]{1,2000})>/y;

type Delim = '**' | '__' | '*' | '_' | '~~';

/**
 * Inline Markdown: emphasis, strong, strike, links, code spans and escapes. A delimiter only opens
 * formatting when the same delimiter occurs later in the paragraph; the last position of each kind
 * is precomputed so that check is constant time and the parse stays linear.
 */
export function parseInline(text: string): Run[] {
  const last = new Map<Delim, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if ((c === '*' || c === '_' || c === '~') && text[i + 1] === c) {
      last.set((c + c) as Delim, i);
      i++;
    } else if (c === '*' || c === '_') last.set(c as Delim, i);
  }
  const runs: Run[] = [];
  const state = { bold: false, italic: false, strike: false };
  let buf = '';
  const emit = (href?: string, t = buf): void => {
    if (t) runs.push({ text: t, bold: state.bold || undefined, italic: state.italic || undefined, strike: state.strike || undefined, href });
    if (t === buf) buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!~>"]/.test(text[i + 1])) {
      buf += text[++i];
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) {
        buf += text.slice(i + 1, end);
        i = end;
        continue;
      }
    }
    if (c === '!' || c === '[' || c === '<') {
      const re = c === '!' ? IMAGE : c === '[' ? LINK : AUTOLINK;
      re.lastIndex = i;
      const m = re.exec(text);
      if (m) {
        emit();
        // Images would be fetched from the web: only their alt text stays out of the copy too.
        if (c === '[') emit(importedHref(m[2]), m[1]);
        else if (c === '<') emit(importedHref(m[1]), m[1]);
        i = re.lastIndex - 1;
        continue;
      }
    }
    const two = text.slice(i, i + 2);
    const delim: Delim | null =
      two === '**' || two === '__' || two === '~~' ? (two as Delim) : c === '*' ? '*' : c === '_' && !/\w/.test(text[i - 1] ?? '') ? '_' : c === '_' && state.italic ? '_' : null;
    if (delim) {
      const key = delim === '**' || delim === '__' ? 'bold' : delim === '~~' ? 'strike' : 'italic';
      if (state[key] || (last.get(delim) ?? -1) > i) {
        emit();
        state[key] = !state[key];
        i += delim.length - 1;
        continue;
      }
    }
    buf += c;
  }
  emit();
  return tidyRuns(runs);
}

/** A block that can stand above a page's title only as chrome: a menu, or a short label that is no sentence. */
function isPageChrome(b: Block): boolean {
  if (b.type === 'list') return b.items.every((it) => it.every((x) => x.type === 'paragraph' && countWords(runsText(x.runs)) <= 4));
  if (b.type !== 'paragraph') return false;
  const t = runsText(b.runs).trim();
  return countWords(t) <= 6 && !/[.!?…"”’]$/.test(t);
}

/** Markdown: ATX and setext headings, paragraphs, lists, block quotes, emphasis and links. */
export function structureMarkdown(input: string): CopyStructure {
  const lines = normaliseText(input).split('\n');
  const lead: Block[] = [];
  const sections: { title: string; blocks: Block[] }[] = [];
  let headline = '';
  let dek = '';
  let byline = '';
  let dropped = 0;
  let para: string[] = [];
  let quote: string[] | null = null;
  let list: Extract<Block, { type: 'list' }> | null = null;
  let inFence = false;

  const target = (): Block[] => (sections.length ? sections[sections.length - 1].blocks : lead);
  const toParagraph = (text: string): Block | null => {
    const runs = parseInline(text);
    if (!runs.length) return null;
    if (isClutterLine(runsText(runs))) {
      dropped++;
      return null;
    }
    return { type: 'paragraph', runs };
  };
  const flushParagraph = (): void => {
    if (!para.length) return;
    const text = para.join(' ');
    para = [];
    if (headline && !sections.length && !lead.length) {
      const b = bylineOf(text);
      if (b !== null) {
        if (!byline) byline = b;
        return;
      }
      // A first paragraph wholly in emphasis under the headline is the dek.
      if (!dek && /^(\*|_)[^*_]+\1$/.test(text.trim())) {
        dek = text.trim().slice(1, -1);
        return;
      }
    }
    const p = toParagraph(text);
    if (p) (list ? list.items[list.items.length - 1] : target()).push(p);
  };
  const flushQuote = (): void => {
    if (!quote) return;
    const blocks: Block[] = [];
    for (const chunk of quote.join('\n').split(/\n\s*\n/)) {
      const p = toParagraph(chunk.replace(/\n/g, ' '));
      if (p) blocks.push(p);
    }
    quote = null;
    if (blocks.length) target().push({ type: 'blockquote', blocks });
  };
  const flushAll = (): void => {
    flushParagraph();
    flushQuote();
    list = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) {
      flushAll();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      const p = toParagraph(line);
      if (p) target().push(p);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') {
      flushParagraph();
      if (quote) quote.push('');
      continue;
    }
    const bq = /^\s{0,3}>\s?(.*)$/.exec(line);
    if (bq) {
      flushParagraph();
      list = null;
      // Nested quotes ("> >") are flattened: the body never nests deeper than one quote.
      (quote ??= []).push(bq[1].replace(/^(?:>\s?)+/, ''));
      continue;
    }
    flushQuote();
    const atx = ATX.exec(trimmed);
    const setext = !atx && para.length === 1 && SETEXT.exec(trimmed);
    if (atx || setext) {
      const level = atx ? atx[1].length : (setext as RegExpExecArray)[1][0] === '=' ? 1 : 2;
      const text = runsText(parseInline(atx ? atx[2] : para[0]));
      para = [];
      flushAll();
      if (!text) continue;
      if (level === 1 && !headline && !sections.length && lead.every(isPageChrome)) {
        // What a pasted page carries above its title (navigation, a "Live" tag, a section label) is chrome.
        dropped += lead.length;
        lead.length = 0;
        headline = unwrapHeadline(text);
      }
      else if (level <= 3) sections.push({ title: cleanHeading(text), blocks: [] });
      else target().push({ type: 'paragraph', runs: [{ text, bold: true }] });
      continue;
    }
    if (RULE.test(trimmed)) {
      flushAll();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      const ordered = item[2] !== undefined;
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, items: [] };
        target().push(list);
      }
      list.items.push([]);
      para = [item[3]];
      continue;
    }
    if (list && para.length === 0 && !/^\s/.test(line)) list = null;
    para.push(trimmed);
  }
  flushAll();
  // Lists whose items all turned out empty would break the schema's "listItem+" rule.
  const prune = (blocks: Block[]): Block[] =>
    blocks.filter((b) => b.type !== 'list' || (b.items = b.items.filter((it) => it.length > 0)).length > 0);
  const warnings = dropped ? [`Dropped ${dropped} line${dropped === 1 ? '' : 's'} of page clutter.`] : [];
  return promoteBoldHeadings({ headline, dek, byline, lead: prune(lead), sections: sections.map((s) => ({ ...s, blocks: prune(s.blocks) })), warnings });
}
