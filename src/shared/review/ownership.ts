import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { Review, Suggestion } from '../article/review-model';
import { SUGGESTION_MARK_NAMES } from '../schema/review-marks';

/**
 * A reviewer cannot edit someone else's pending suggestion, only accept, reject or comment on it.
 * The editor asks this before it lets a transaction through in suggestion mode: the answer is the
 * suggestion the edit would change, or null. Typing next to a suggestion is fine; typing inside it,
 * or deleting any of it, is not.
 */

const isSuggestionMark = (m: Mark) => (SUGGESTION_MARK_NAMES as readonly string[]).includes(m.type.name);

function othersAt(marks: readonly Mark[], review: Review, author: string): Suggestion | null {
  for (const m of marks) {
    if (!isSuggestionMark(m)) continue;
    const s = review.suggestions[String(m.attrs.id)];
    if (s && s.status === 'pending' && s.author !== author) return s;
  }
  return null;
}

function inside(doc: PMNode, pos: number, review: Review, author: string): Suggestion | null {
  const $pos = doc.resolve(pos);
  const before = $pos.nodeBefore ? othersAt($pos.nodeBefore.marks, review, author) : null;
  const after = $pos.nodeAfter ? othersAt($pos.nodeAfter.marks, review, author) : null;
  return before && after && before.id === after.id ? before : null;
}

export function othersSuggestionTouched(tr: Transaction, review: Review, author: string): Suggestion | null {
  let found: Suggestion | null = null;
  tr.steps.forEach((step, i) => {
    if (found) return;
    const doc = tr.docs[i];
    step.getMap().forEach((from, to) => {
      if (found) return;
      if (from === to) {
        found = inside(doc, from, review, author);
        return;
      }
      doc.nodesBetween(from, to, (node) => {
        found ??= othersAt(node.marks, review, author);
        return !found;
      });
    });
  });
  return found;
}
