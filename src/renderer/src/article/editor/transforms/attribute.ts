import type { EditorState, Transaction } from '@tiptap/pm/state';

/**
 * "Attribute to…": marks the selected words as a quotation of `sourceId`. When the cursor is in a
 * pull quote (which carries no marks), the pull quote itself is attributed instead.
 */
export function attributeSelection(state: EditorState, range: { from: number; to: number }, sourceId: string, id: string): Transaction | null {
  const $from = state.doc.resolve(range.from);
  if ($from.parent.type.name === 'pullQuote') {
    return state.tr.setNodeMarkup($from.before(), undefined, { ...$from.parent.attrs, sourceId });
  }
  if (range.from === range.to) return null;
  return state.tr.addMark(range.from, range.to, state.schema.marks.quotation.create({ id, sourceId }));
}

/** "Mark as claim": the selected words carry a claim mark whose entry (status, evidence) lives in the article. */
export function markClaim(state: EditorState, range: { from: number; to: number }, claimId: string): Transaction | null {
  if (range.from === range.to) return null;
  return state.tr.addMark(range.from, range.to, state.schema.marks.claim.create({ claimId }));
}
