import type { EditorState, Transaction } from '@tiptap/pm/state';

/** A change to the body: replace `from`–`to` with `text`. Find/replace and the style fixes both make these. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

/**
 * One transaction applying every edit, so undo takes them all back in one step. Edits are applied from
 * the end of the document backwards (no position shifts); one that overlaps an edit already applied is
 * skipped. The replaced text keeps the marks it started with (a quotation stays attributed).
 */
export function editsTransaction(state: EditorState, edits: readonly TextEdit[]): Transaction {
  const tr = state.tr;
  let floor = Infinity;
  for (const e of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) {
    if (e.to > floor || e.from < 0 || e.to > state.doc.content.size || e.from > e.to) continue;
    if (!e.text) tr.delete(e.from, e.to);
    else {
      // The marks of the first character replaced; insertText would drop a non-inclusive mark (a quotation) at its end.
      const marks = e.from < e.to ? (tr.doc.nodeAt(e.from)?.marks ?? []) : tr.doc.resolve(e.from).marks();
      tr.replaceWith(e.from, e.to, state.schema.text(e.text, marks));
    }
    floor = e.from;
  }
  return tr;
}
