import { defineCommand, needsArticle } from '../../commands/define';

export const fileCommands = [
  defineCommand('file.save', {
    when: (ctx) => {
      const ok = needsArticle(ctx);
      if (ok !== true) return ok;
      return ctx.article!.session.readOnly ? 'This article is read-only: it cannot be saved over.' : true;
    },
    run: ({ article }) => article?.session.save(false, 'save'),
  }),
];
