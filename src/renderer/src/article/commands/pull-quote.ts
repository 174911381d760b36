import { bodyCan, defineCommand } from '../../commands/define';

export const pullQuoteCommands = [
  defineCommand('article.makePullQuote', {
    places: { toolbar: { group: 4, order: 1 }, contextMenu: { group: 2, order: 2 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().makePullQuote(), 'Select the quoted words in the body first, then choose “Make pull quote”.'),
    run: ({ article }) => article?.editor.chain().focus().makePullQuote().run(),
  }),
  defineCommand('insert.pullQuote', {
    places: { toolbar: { group: 4, order: 2 } },
    when: (ctx) => bodyCan(ctx, (a) => a.editor.can().insertPullQuote(), 'A pull quote cannot go here.'),
    run: ({ article }) => article?.editor.chain().focus().insertPullQuote().run(),
  }),
];
