import { Transform } from '@tiptap/pm/transform';
import type { DocNode } from '../article/model';
import { articleSchema } from '../schema';
import { SUGGESTION_MARK_NAMES } from '../schema/review-marks';
import { decideInDocument } from './decide';

/**
 * The body as it was before every pending suggestion: what leaves the app. Suggested insertions are
 * left out, suggested deletions kept, and formatting, sources and block attributes are as they were
 * (the same as rejecting them all, without recording any decision).
 */

const SUGGESTION_MARKS = new Set<string>(SUGGESTION_MARK_NAMES);

function hasSuggestionMarks(node: DocNode): boolean {
  return (node.marks ?? []).some((m) => SUGGESTION_MARKS.has(m.type)) || (node.content ?? []).some(hasSuggestionMarks);
}

let schema: ReturnType<typeof articleSchema> | null = null;

export function bodyBeforeSuggestions(body: DocNode): DocNode {
  if (!hasSuggestionMarks(body)) return body;
  schema ??= articleSchema();
  try {
    const t = new Transform(schema.nodeFromJSON(body));
    decideInDocument(t, 'reject', () => true);
    return t.doc.toJSON() as DocNode;
  } catch {
    // A body this schema cannot read (a hand-edited or newer file): drop what is suggested in, keep what is suggested out.
    return withoutInsertions(body);
  }
}

function withoutInsertions(node: DocNode): DocNode {
  const keptMarks = (node.marks ?? []).filter((m) => !SUGGESTION_MARKS.has(m.type));
  const out: DocNode = { ...node, marks: keptMarks.length ? keptMarks : undefined };
  if (node.text !== undefined) out.text = node.text.replace(/\u200B/g, '');
  if (node.content) {
    out.content = node.content.filter((c) => !(c.marks ?? []).some((m) => m.type === 'insertion')).map(withoutInsertions);
  }
  return out;
}
