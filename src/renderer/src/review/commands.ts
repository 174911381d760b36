import type { CommandId } from '../../../shared/commands/catalog';
import type { Decision, SuggestionFilter } from '../../../shared/review/decide';
import { bodyCan, defineCommand, hasSelection, needsArticle, needsEditable, type Availability, type CommandContext } from '../commands/define';
import type { OpenArticle } from '../article/open-article';

const count = (n: number) => `${n} ${n === 1 ? 'suggestion' : 'suggestions'}`;

/** A decision command over the suggestions `pick` chooses, with the sentence to show when there are none. */
function decision(id: CommandId, verdict: Decision, pick: (a: OpenArticle, arg?: string) => SuggestionFilter | null, none: string, places?: Parameters<typeof defineCommand>[1]['places']) {
  const ids = (a: OpenArticle, arg?: string) => {
    const filter = pick(a, arg);
    return filter ? a.review.pending(filter) : new Set<string>();
  };
  return defineCommand<string>(id, {
    places,
    when: (ctx, arg): Availability => {
      const ok = needsEditable(ctx);
      if (ok !== true) return ok;
      return ids(ctx.article!, arg).size ? true : none;
    },
    run: ({ article, app }, arg) => {
      if (!article) return;
      const n = article.review.decide(ids(article, arg), verdict);
      app.hint(`${verdict === 'accept' ? 'Accepted' : 'Rejected'} ${count(n)}.`);
    },
  });
}

const here = (a: OpenArticle): SuggestionFilter => ({ ids: a.review.idsAt() });
const inSelection = (a: OpenArticle): SuggestionFilter | null => {
  const { from, to, empty } = a.editor.state.selection;
  return empty ? null : { range: { from, to } };
};
const byAuthor = (a: OpenArticle, arg?: string): SuggestionFilter | null => {
  const author = arg ?? a.review.authorHere();
  return author ? { author } : null;
};

const NONE_HERE = 'Put the cursor in a suggestion first.';
const NONE_SELECTED = 'Select text with suggestions in it first.';
const NONE_BY = 'Put the cursor in a suggestion, or pick an author in the Review panel.';
const NONE_AT_ALL = 'There are no pending suggestions.';

function step(ctx: CommandContext, direction: 1 | -1): void {
  if (!ctx.article?.review.step(direction)) ctx.app.hint('There are no comments or suggestions in the text.');
}

/** Comments, suggestion mode, going through the review items, and accepting or rejecting suggestions. */
export const reviewCommands = [
  defineCommand('review.comment', {
    places: { toolbar: { group: 6, order: 1 }, contextMenu: { group: 4, order: 1 } },
    when: (ctx) => bodyCan(ctx, hasSelection, 'Select the words to comment on first.'),
    run: ({ article }) => article?.review.startComment(),
  }),
  defineCommand('review.toggleSuggesting', {
    places: { toolbar: { group: 6, order: 2 } },
    when: needsEditable,
    checked: ({ article }) => !!article?.review.value.suggesting,
    run: ({ article, app }) => {
      if (!article) return;
      const on = !article.review.value.suggesting;
      article.review.setSuggesting(on);
      app.hint(on ? `Suggesting: your edits are recorded as suggestions by ${article.review.author}.` : 'Editing: your edits change the text directly.');
    },
  }),
  defineCommand('view.reviewPanel', {
    when: needsArticle,
    checked: ({ article }) => article?.ui.value.tab === 'review',
    run: ({ article }) => article?.ui.set({ tab: 'review' }),
  }),
  defineCommand('review.next', { when: needsArticle, run: (ctx) => step(ctx, 1) }),
  defineCommand('review.previous', { when: needsArticle, run: (ctx) => step(ctx, -1) }),
  decision('review.acceptHere', 'accept', here, NONE_HERE, { contextMenu: { group: 4, order: 2 } }),
  decision('review.rejectHere', 'reject', here, NONE_HERE, { contextMenu: { group: 4, order: 3 } }),
  decision('review.acceptInSelection', 'accept', inSelection, NONE_SELECTED),
  decision('review.rejectInSelection', 'reject', inSelection, NONE_SELECTED),
  decision('review.acceptByAuthor', 'accept', byAuthor, NONE_BY),
  decision('review.rejectByAuthor', 'reject', byAuthor, NONE_BY),
  decision('review.acceptAll', 'accept', () => ({}), NONE_AT_ALL),
  decision('review.rejectAll', 'reject', () => ({}), NONE_AT_ALL),
];
