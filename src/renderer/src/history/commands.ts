import { defineCommand, needsArticle } from '../commands/define';

export const versionHistoryCommands = [
  defineCommand('article.history', {
    when: needsArticle,
    run: ({ article }) => article?.ui.set({ dialog: { kind: 'history' } }),
  }),
];
