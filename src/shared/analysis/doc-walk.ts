import type { DocNode } from '../article/model';
import type { DocRange } from './target';

type DocMark = NonNullable<DocNode['marks']>[number];

/** Nodes that hold inline content even when empty (an empty paragraph still has an opening and closing token). */
const TEXT_BLOCK_TYPES = new Set(['paragraph', 'sectionTitle', 'pullQuote', 'heading', 'codeBlock']);
/** Nodes with no content and a size of one position; any other node without content is an empty container. */
const LEAF_TYPES = new Set(['hardBreak', 'image', 'horizontalRule']);

/** A text node (or an inline leaf such as a line break) with its ProseMirror start position. */
export interface InlineRun {
  text: string;
  from: number;
  marks: readonly DocMark[];
}

/**
 * A block of inline content. `text` has exactly one character per ProseMirror position (a line break is
 * "\n"), so `contentFrom + offset` is the document position of `text[offset]`.
 */
export interface TextBlock {
  type: string;
  node: DocNode;
  from: number;
  contentFrom: number;
  text: string;
  runs: InlineRun[];
}

/** The ProseMirror size of a node as computed from its JSON, without building the schema. */
export function nodeSize(node: DocNode): number {
  if (node.type === 'text') return node.text?.length ?? 0;
  if (!node.content?.length) return LEAF_TYPES.has(node.type) ? 1 : 2;
  let size = 2;
  for (const c of node.content) size += nodeSize(c);
  return size;
}

/** Calls `visit` with every node of the body (not the body itself) and its position, in document order. */
export function eachNode(body: DocNode, visit: (node: DocNode, from: number) => void): void {
  const walk = (node: DocNode, from: number): void => {
    visit(node, from);
    let pos = from + 1;
    for (const c of node.content ?? []) {
      walk(c, pos);
      pos += nodeSize(c);
    }
  };
  let pos = 0;
  for (const c of body.content ?? []) {
    walk(c, pos);
    pos += nodeSize(c);
  }
}

/** Calls `visit` with every picture in the body and its position, in document order. */
export function eachImage(body: DocNode, visit: (image: DocNode, from: number) => void): void {
  eachNode(body, (node, from) => node.type === 'image' && visit(node, from));
}

function isTextBlock(node: DocNode): boolean {
  return TEXT_BLOCK_TYPES.has(node.type) || (node.content?.some((c) => c.type === 'text') ?? false);
}

/** Every block of inline content in the body in document order, with positions, in one pass. */
export function textBlocks(body: DocNode): TextBlock[] {
  const blocks: TextBlock[] = [];

  const walkInline = (block: DocNode, contentFrom: number): { block: TextBlock; end: number } => {
    const runs: InlineRun[] = [];
    const parts: string[] = [];
    let pos = contentFrom;
    for (const c of block.content ?? []) {
      const size = nodeSize(c);
      // Inline leaves stand in as one character so offsets and positions stay in step.
      const text = c.type === 'text' ? (c.text ?? '') : c.type === 'hardBreak' ? '\n' : '\uFFFC'.repeat(size);
      runs.push({ text, from: pos, marks: c.marks ?? [] });
      parts.push(text);
      pos += size;
    }
    return { block: { type: block.type, node: block, from: contentFrom - 1, contentFrom, text: parts.join(''), runs }, end: pos };
  };

  // Returns the node's size so the parent can advance without measuring twice.
  const walk = (node: DocNode, from: number): number => {
    if (isTextBlock(node)) {
      const { block, end } = walkInline(node, from + 1);
      blocks.push(block);
      return end + 1 - from;
    }
    if (node.type === 'text' || !node.content?.length) return nodeSize(node);
    let pos = from + 1;
    for (const c of node.content) pos += walk(c, pos);
    return pos + 1 - from;
  };

  // The doc node has no opening token: its first child starts at position 0.
  let pos = 0;
  for (const c of body.content ?? []) pos += walk(c, pos);
  return blocks;
}

/** Words under one mark identity (one quotation, one claim), possibly spread over several blocks. */
export interface MarkedSpan {
  id: string | null;
  attrs: Record<string, unknown>;
  ranges: DocRange[];
  /** The marked text; separate ranges are joined by a line break so words never run together. */
  text: string;
}

function stringAttr(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * Groups the runs carrying `markType` into spans. Runs that share a non-empty `idAttr` (and the same
 * `groupBy` attribute) are one span wherever they are, because a quotation continued into the next
 * paragraph keeps its id; runs without an id are grouped only while they touch.
 */
export function markedSpans(blocks: TextBlock[], markType: string, idAttr: string, groupBy?: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  const byKey = new Map<string, { span: MarkedSpan; parts: string[] }>();
  let lastAnonymous: { key: string; group: string; end: number } | null = null;
  let anonymousCount = 0;

  for (const block of blocks) {
    for (const run of block.runs) {
      const mark = run.marks.find((m) => m.type === markType);
      if (!mark) continue;
      const attrs = mark.attrs ?? {};
      const id = stringAttr(attrs[idAttr]);
      const group = groupBy ? String(attrs[groupBy] ?? '') : '';
      let key: string;
      if (id !== null) key = `id:${id}\u0000${group}`;
      else if (lastAnonymous && lastAnonymous.end === run.from && lastAnonymous.group === group) key = lastAnonymous.key;
      else key = `anon:${anonymousCount++}`;
      if (id === null) lastAnonymous = { key, group, end: run.from + run.text.length };

      let entry = byKey.get(key);
      if (!entry) {
        entry = { span: { id, attrs, ranges: [], text: '' }, parts: [] };
        byKey.set(key, entry);
        spans.push(entry.span);
      }
      const last = entry.span.ranges[entry.span.ranges.length - 1];
      const end = run.from + run.text.length;
      if (last && last.to === run.from) {
        last.to = end;
        entry.parts[entry.parts.length - 1] += run.text;
      } else {
        entry.span.ranges.push({ from: run.from, to: end });
        entry.parts.push(run.text);
      }
    }
  }
  for (const { span, parts } of byKey.values()) span.text = parts.join('\n');
  return spans;
}
