import { defineCommand, needsArticle, needsEditable } from '../commands/define';

/** Hand-offs and the publish checklist: the article's workflow. */
export const workflowCommands = [
  defineCommand('article.changeStatus', {
    when: needsEditable,
    run: ({ article }) => article?.ui.set({ dialog: { kind: 'status', to: null } }),
  }),
  defineCommand('article.checkGate', {
    when: needsArticle,
    run: ({ article }) => article?.ui.set({ dialog: { kind: 'gate' } }),
  }),
];
