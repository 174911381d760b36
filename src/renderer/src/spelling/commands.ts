import { SPELLING_LANGUAGES, isSpellingLanguage } from '../../../shared/spelling/languages';
import { defineCommand, needsEditable, type Availability, type CommandContext } from '../commands/define';
import { articleLanguage, spellingFor } from './spelling-session';

function onMisspelling(ctx: CommandContext): Availability {
  const editable = needsEditable(ctx);
  if (editable !== true) return editable;
  const s = spellingFor(ctx.article!.editor);
  if (!s) return 'Spelling is still starting.';
  return s.wordAtCursor() ? true : 'Put the cursor in an underlined word first.';
}

const word = (ctx: CommandContext) => spellingFor(ctx.article!.editor)!.wordAtCursor()!;

export const spellingCommands = [
  defineCommand<string>('spelling.correct', {
    when: onMisspelling,
    run: async (ctx, replacement) => {
      const s = spellingFor(ctx.article!.editor)!;
      const choice = replacement ?? (await s.suggest(word(ctx).word))[0];
      if (!choice) return ctx.app.hint('Copydesk has no suggestion for this word.');
      s.correct(choice);
    },
  }),
  defineCommand('spelling.addToDictionary', {
    when: onMisspelling,
    run: (ctx) => spellingFor(ctx.article!.editor)!.addWord(word(ctx).word),
  }),
  defineCommand('spelling.ignore', {
    when: onMisspelling,
    run: (ctx) => spellingFor(ctx.article!.editor)!.ignore(word(ctx).word),
  }),
  defineCommand<string>('spelling.language', {
    when: needsEditable,
    run: ({ article }, language) => {
      if (!article) return;
      const ids = SPELLING_LANGUAGES.map((l) => l.id);
      const now = articleLanguage(article.session.document.fields.language);
      // Without a choice (the palette, the menu), the next language in the list.
      const next = isSpellingLanguage(language) ? language : ids[(ids.indexOf(now) + 1) % ids.length];
      article.session.document.setField('language', next);
    },
  }),
];
