import { defineCommand, needsArticle } from '../commands/define';

export const exportCommands = [
  defineCommand('file.export', {
    places: { articleActions: { group: 1, order: 1 } },
    when: (ctx) => {
      const ok = needsArticle(ctx);
      if (ok !== true) return ok;
      return ctx.article!.session.readOnly ? 'This article is read-only (saved by a newer Copydesk); open it there to export.' : true;
    },
    run: ({ article }) => article?.ui.set({ exporting: true }),
  }),
];
