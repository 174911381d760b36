import { defineCommand, needsEditable } from '../../commands/define';

/** Undo and redo cover the whole article, body and fields, in the order the edits were made. */
export const historyCommands = [
  defineCommand('edit.undo', {
    places: { toolbar: { group: 5, order: 1 } },
    when: (ctx) => {
      const ok = needsEditable(ctx);
      if (ok !== true) return ok;
      return ctx.article!.session.document.canUndo() ? true : 'Nothing to undo.';
    },
    run: ({ article }) => void article?.session.document.undo(),
  }),
  defineCommand('edit.redo', {
    places: { toolbar: { group: 5, order: 2 } },
    when: (ctx) => {
      const ok = needsEditable(ctx);
      if (ok !== true) return ok;
      return ctx.article!.session.document.canRedo() ? true : 'Nothing to redo.';
    },
    run: ({ article }) => void article?.session.document.redo(),
  }),
];
