import type { Command } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { EditorState, Transaction } from '@tiptap/pm/state';

/**
 * A TipTap command from a pure transaction builder (unit-tested without a DOM): one transaction,
 * so one undo step; false, with nothing dispatched, when it does not apply — which is also what
 * `editor.can()` answers, so menus know before a click.
 */
export function run(build: (state: EditorState) => Transaction | null): Command {
  return ({ state, dispatch }) => {
    const tr = build(state);
    // Its own undo step, even right after typing (history would otherwise group them by time).
    if (tr && dispatch) dispatch(closeHistory(tr));
    return tr !== null;
  };
}
