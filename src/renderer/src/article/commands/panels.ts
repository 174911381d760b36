import { defineCommand, needsArticle } from '../../commands/define';

export const panelCommands = [
  defineCommand('view.sourcesPanel', {
    when: needsArticle,
    checked: ({ article }) => article?.ui.value.tab === 'sources',
    run: ({ article }) => article?.ui.set({ tab: 'sources' }),
  }),
  defineCommand('view.claimsPanel', {
    when: needsArticle,
    checked: ({ article }) => article?.ui.value.tab === 'claims',
    run: ({ article }) => article?.ui.set({ tab: 'claims' }),
  }),
];
