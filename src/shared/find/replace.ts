import type { EditorState, Transaction } from '@tiptap/pm/state';
import { editsTransaction } from './edits';
import { findInDoc, replacementEdits, type FindBudget, type FindMatch } from './find';
import type { FindQuery } from './pattern';

export type ReplaceResult = { ok: true; tr: Transaction; count: number; stopped: null | 'too-many' | 'too-slow' } | { ok: false; error: string };

/**
 * Replace all, as one transaction (one undo step). The editor dispatches `tr`; in suggestion mode the
 * review layer can turn the same edits into suggestions instead (see `replacementEdits`).
 */
export function replaceAllTransaction(state: EditorState, q: FindQuery, replacement: string, budget?: FindBudget): ReplaceResult {
  const found = findInDoc(state.doc, q, budget);
  if (!found.ok) return found;
  const tr = editsTransaction(state, replacementEdits(found.matches, replacement, q));
  return { ok: true, tr, count: found.matches.length, stopped: found.stopped };
}

/**
 * Replace one match (the current one); the caller then moves to the next match, mapped through
 * `tr.mapping`. Null when the document no longer has the match's text there (it was edited meanwhile).
 */
export function replaceOneTransaction(state: EditorState, match: FindMatch, replacement: string, q: FindQuery): Transaction | null {
  if (match.to > state.doc.content.size || state.doc.textBetween(match.from, match.to, '\n', '\uFFFC') !== match.text) return null;
  return editsTransaction(state, replacementEdits([match], replacement, q));
}
