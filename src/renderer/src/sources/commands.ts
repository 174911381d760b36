import { bodyCan, defineCommand, needsEditable } from '../commands/define';

export const sourceCommands = [
  defineCommand('article.attribute', {
    places: { toolbar: { group: 4, order: 3 }, contextMenu: { group: 2, order: 1 } },
    when: (ctx) =>
      bodyCan(
        ctx,
        ({ editor }) => editor.can().setQuotation({ id: 'q', sourceId: 's' }) || editor.can().setPullQuoteSource('s'),
        'Select the quoted words first, then choose “Attribute to…”.',
      ),
    run: ({ article }) => {
      if (!article) return;
      const { from, to } = article.editor.state.selection;
      article.ui.set({ picker: { mode: 'attribute', range: { from, to } }, notice: null });
    },
  }),
  defineCommand('article.addSource', {
    when: needsEditable,
    run: ({ article }) => article?.ui.set({ picker: { mode: 'create' } }),
  }),
];
