import { defineCommand, needsArticle, needsEditable } from '../commands/define';
import { styleCheckFor } from './style-check';

export const styleCommands = [
  defineCommand('view.stylePanel', {
    when: needsArticle,
    checked: ({ article }) => article?.ui.value.tab === 'style',
    run: ({ article }) => article?.ui.set({ tab: 'style' }),
  }),
  defineCommand('style.fixAll', {
    when: (ctx) => {
      const editable = needsEditable(ctx);
      if (editable !== true) return editable;
      return styleCheckFor(ctx.article!, ctx.api).value.findings.some((f) => f.fix) ? true : 'No style finding here has a fix that is safe to apply in one click.';
    },
    run: (ctx) => {
      const n = styleCheckFor(ctx.article!, ctx.api).fix(styleCheckFor(ctx.article!, ctx.api).value.findings);
      ctx.app.hint(n === 1 ? 'Fixed 1 style finding.' : `Fixed ${n} style findings.`);
    },
  }),
];
