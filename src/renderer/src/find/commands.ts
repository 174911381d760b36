import { defineCommand, needsArticle, needsEditable, type Availability, type CommandContext } from '../commands/define';
import { findSessionFor } from './find-session';

const session = (ctx: CommandContext) => findSessionFor(ctx.article!);

function hasMatches(ctx: CommandContext): Availability {
  const open = needsArticle(ctx);
  if (open !== true) return open;
  const s = session(ctx).value;
  if (!s.open || !s.query) return 'Type what to find first (Find…).';
  return s.matches.length ? true : 'Nothing matches.';
}

function canReplace(ctx: CommandContext): Availability {
  const editable = needsEditable(ctx);
  return editable !== true ? editable : hasMatches(ctx);
}

export const findCommands = [
  defineCommand('edit.find', {
    when: needsArticle,
    run: (ctx) => session(ctx).show(false),
  }),
  defineCommand('edit.replace', {
    when: needsEditable,
    run: (ctx) => session(ctx).show(true),
  }),
  defineCommand('edit.findNext', { when: hasMatches, run: (ctx) => session(ctx).next() }),
  defineCommand('edit.findPrevious', { when: hasMatches, run: (ctx) => session(ctx).previous() }),
  defineCommand('edit.replaceOne', { when: canReplace, run: (ctx) => session(ctx).replaceOne() }),
  defineCommand('edit.replaceAll', { when: canReplace, run: (ctx) => void session(ctx).replaceAll() }),
  defineCommand('edit.closeFind', {
    when: (ctx) => (ctx.article && session(ctx).value.open ? true : 'The find bar is not open.'),
    run: (ctx) => session(ctx).hide(),
  }),
];
