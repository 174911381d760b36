import type { DocNode } from '../article/model';
import { safeHref } from '../export/escape';

/** Inline formatting the importers keep; everything else from the source is dropped. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  /** Only http, https and mailto links survive sanitising. */
  href?: string;
}

/** The blocks every importer produces; nesting is bounded by the importers, so walking them cannot overflow. */
export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'blockquote'; blocks: Block[] };

/** A piece of copy split into the parts of an article, before quotations are looked for. */
export interface CopyStructure {
  headline: string;
  dek: string;
  byline: string;
  lead: Block[];
  sections: { title: string; blocks: Block[] }[];
  warnings: string[];
}

export function paragraph(text: string): Block {
  return { type: 'paragraph', runs: text ? [{ text }] : [] };
}

export function runsText(runs: Run[]): string {
  let s = '';
  for (const r of runs) s += r.text;
  return s;
}

/**
 * Every paragraph's text in document order (list items and block quotes included, section titles
 * not): the numbering `TextRange.paragraph` refers to. Walks the body itself so that the numbering
 * matches whatever `structureToBody` produced; an explicit stack keeps deep documents off the call stack.
 */
export function paragraphTexts(body: DocNode): string[] {
  const out: string[] = [];
  const stack: DocNode[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'paragraph') {
      let t = '';
      for (const c of n.content ?? []) if (c.type === 'text') t += c.text ?? '';
      out.push(t);
      continue;
    }
    const kids = n.content ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** Indices (in `paragraphTexts` numbering) of the first paragraph of each section. */
export function sectionStartParagraphs(body: DocNode): Set<number> {
  const starts = new Set<number>();
  let count = 0;
  const stack: DocNode[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'section') starts.add(count);
    if (n.type === 'paragraph') {
      count++;
      continue;
    }
    const kids = n.content ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return starts;
}

function runNode(r: Run): DocNode {
  const marks: NonNullable<DocNode['marks']> = [];
  if (r.bold) marks.push({ type: 'bold' });
  if (r.italic) marks.push({ type: 'italic' });
  if (r.strike) marks.push({ type: 'strike' });
  if (r.href) marks.push({ type: 'link', attrs: { href: r.href } });
  return marks.length ? { type: 'text', text: r.text, marks } : { type: 'text', text: r.text };
}

function blockNode(b: Block): DocNode {
  if (b.type === 'paragraph') {
    const content = b.runs.filter((r) => r.text !== '').map(runNode);
    return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
  }
  if (b.type === 'blockquote') {
    const content = b.blocks.map(blockNode);
    return { type: 'blockquote', content: content.length ? content : [{ type: 'paragraph' }] };
  }
  const items = b.items.map((item): DocNode => {
    // A list item must start with a paragraph; one that starts with a nested list gets an empty one.
    const content = item.map(blockNode);
    if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
    return { type: 'listItem', content };
  });
  return { type: b.ordered ? 'orderedList' : 'bulletList', content: items.length ? items : [{ type: 'listItem', content: [{ type: 'paragraph' }] }] };
}

/** Text a reader cannot see: spaces and the zero-width characters web pages and Word documents leave behind. */
const INVISIBLE = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/;

/** A paragraph with nothing visible in it: kept out of the body, so an article never opens with a blank line. */
function isBlank(b: Block): boolean {
  return b.type === 'paragraph' && INVISIBLE.test(runsText(b.runs));
}

/** TipTap JSON for the structure: lead blocks, then one `section` node per titled section. */
export function structureToBody(structure: CopyStructure): DocNode {
  const content: DocNode[] = structure.lead.filter((b) => !isBlank(b)).map(blockNode);
  structure.sections.forEach((s, i) => {
    const title: DocNode = s.title ? { type: 'sectionTitle', content: [{ type: 'text', text: s.title }] } : { type: 'sectionTitle' };
    content.push({ type: 'section', attrs: { id: `section-${i + 1}` }, content: [title, ...s.blocks.filter((b) => !isBlank(b)).map(blockNode)] });
  });
  if (content.length === 0) content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}

/** A link the importers keep: escape.ts decides (http, https and mailto only); over-long ones are dropped. */
export function importedHref(raw: string | undefined): string | undefined {
  const href = safeHref(raw);
  return href !== null && href.length <= 2000 ? href : undefined;
}

/** Collapses whitespace across runs as a browser would, and merges neighbours with the same formatting. */
export function tidyRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  let lastSpace = true;
  for (const r of runs) {
    let t = r.text.replace(/\s+/g, ' ');
    if (lastSpace && t.startsWith(' ')) t = t.slice(1);
    if (!t) continue;
    lastSpace = t.endsWith(' ');
    const prev = out[out.length - 1];
    if (prev && prev.bold === r.bold && prev.italic === r.italic && prev.strike === r.strike && prev.href === r.href) prev.text += t;
    else out.push({ ...r, text: t });
  }
  const last = out[out.length - 1];
  if (last) {
    last.text = last.text.replace(/ $/, '');
    if (!last.text) out.pop();
  }
  return out;
}

/** A short paragraph wholly in bold, no sentence: how many pages and releases print a subheading. */
function boldHeading(b: Block | undefined): string | null {
  if (!b || b.type !== 'paragraph' || !b.runs.length || !b.runs.every((r) => r.bold || !r.text.trim())) return null;
  const t = runsText(b.runs).trim();
  const words = t.split(/\s+/).length;
  if (!t || t.length > 90 || words > 12 || /[.!?:;,]$/.test(t) || !/^[\p{Lu}\p{N}"“‘']/u.test(t)) return null;
  return t;
}

function isBodySentence(b: Block): boolean {
  if (b.type !== 'paragraph' || boldHeading(b) !== null) return false;
  const t = runsText(b.runs).trim();
  return t.split(/\s+/).length >= 8 && /[.!?…"”’)]$/.test(t);
}

/**
 * Bold subheadings become section titles: a wholly bold short paragraph followed by an ordinary one,
 * once the body has begun (bold lines above the first sentence are names, places and labels).
 */
export function promoteBoldHeadings(s: CopyStructure): CopyStructure {
  const groups = [{ title: '', blocks: s.lead }, ...s.sections];
  let begun = false;
  const out: { title: string; blocks: Block[] }[] = [];
  for (const g of groups) {
    let current = { title: g.title, blocks: [] as Block[] };
    out.push(current);
    g.blocks.forEach((b, k) => {
      const title = begun ? boldHeading(b) : null;
      const next = g.blocks[k + 1];
      if (title !== null && next?.type === 'paragraph' && boldHeading(next) === null) {
        current = { title, blocks: [] };
        out.push(current);
        return;
      }
      if (isBodySentence(b)) begun = true;
      current.blocks.push(b);
    });
  }
  const [lead, ...sections] = out;
  return out.length === groups.length ? s : { ...s, lead: lead.blocks, sections };
}
