import { Article, SCHEMA_VERSION, version2Defaults, type DocNode, type Source } from '../article/model';
import { slugify } from '../article/slug';
import type { ImportDraft, TextRange } from './draft';

interface MarkRange {
  from: number;
  to: number;
  id: string;
  sourceId: string | null;
}

function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) : s;
}

/** Splits a paragraph's text nodes at the quotation boundaries and marks the quoted pieces. */
function markParagraph(node: DocNode, ranges: MarkRange[]): DocNode {
  const out: DocNode[] = [];
  let pos = 0;
  for (const child of node.content ?? []) {
    if (child.type !== 'text' || !child.text) {
      out.push(child);
      continue;
    }
    const start = pos;
    const end = pos + child.text.length;
    pos = end;
    const cuts = new Set([start, end]);
    for (const r of ranges) {
      if (r.from > start && r.from < end) cuts.add(r.from);
      if (r.to > start && r.to < end) cuts.add(r.to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i];
      const b = points[i + 1];
      const piece: DocNode = { ...child, text: child.text.slice(a - start, b - start) };
      const r = ranges.find((x) => x.from <= a && x.to >= b);
      if (r) piece.marks = [...(child.marks ?? []), { type: 'quotation', attrs: { id: r.id, sourceId: r.sourceId } }];
      out.push(piece);
    }
  }
  return { ...node, content: out };
}

/**
 * A copy of the body with each quotation's ranges marked. Paragraphs are numbered depth-first, as
 * `paragraphTexts` does, with an explicit stack so document depth never reaches the call stack.
 */
function applyQuotations(body: DocNode, byParagraph: Map<number, MarkRange[]>): DocNode {
  const node: DocNode = { ...body };
  let index = 0;
  const stack: { node: DocNode; i: number }[] = [{ node, i: 0 }];
  node.content = (node.content ?? []).map((c) => ({ ...c }));
  while (stack.length) {
    const top = stack[stack.length - 1];
    const kids = top.node.content ?? [];
    if (top.i >= kids.length) {
      stack.pop();
      continue;
    }
    const c = kids[top.i];
    if (c.type === 'paragraph') {
      const ranges = byParagraph.get(index);
      index++;
      if (ranges) kids[top.i] = markParagraph(c, ranges);
      top.i++;
      continue;
    }
    top.i++;
    if (c.content) {
      c.content = c.content.map((k) => ({ ...k }));
      stack.push({ node: c, i: 0 });
    }
  }
  return node;
}

/**
 * The article an import review ends in: headline, dek and byline from the draft, the body with a
 * quotation mark on every kept quotation, and the kept sources.
 */
export function draftToArticle(draft: ImportDraft, init: { id: string; now: string }): Article {
  const byParagraph = new Map<number, MarkRange[]>();
  const sourceIds = new Set(draft.sources.map((s) => s.id));
  const add = (r: TextRange, id: string, sourceId: string | null): void => {
    const list = byParagraph.get(r.paragraph) ?? [];
    list.push({ from: r.from, to: r.to, id, sourceId: sourceId && sourceIds.has(sourceId) ? sourceId : null });
    byParagraph.set(r.paragraph, list);
  };
  for (const q of draft.quotations) for (const r of q.ranges) add(r, q.id, q.sourceId);

  const sources: Source[] = draft.sources.map((s) => ({
    id: s.id,
    name: clip(s.name, 500),
    title: clip(s.title, 500),
    affiliation: clip(s.affiliation, 500),
    kind: s.kind,
    standing: s.standing,
    anonymousDescription: clip(s.anonymousDescription, 1000),
    anonymityReason: clip(s.anonymityReason, 2000),
    contact: '',
    notes: '',
    verified: false,
  }));

  return {
    schemaVersion: SCHEMA_VERSION,
    id: init.id,
    headline: clip(draft.headline, 2000),
    dek: clip(draft.dek, 5000),
    byline: clip(draft.byline, 2000),
    dateline: '',
    slug: slugify(draft.headline),
    status: 'draft',
    ...version2Defaults(),
    createdAt: init.now,
    updatedAt: init.now,
    body: byParagraph.size ? applyQuotations(draft.body, byParagraph) : draft.body,
    sources,
    claims: [],
  };
}
