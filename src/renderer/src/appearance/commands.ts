import type { Theme } from '../../../shared/ipc/contract';
import { defineCommand, needsArticle } from '../commands/define';
import { appearance } from './appearance';

const theme = (id: 'view.themeSystem' | 'view.themeLight' | 'view.themeDark', value: Theme) =>
  defineCommand(id, {
    checked: () => appearance.value.theme === value,
    run: () => appearance.change({ theme: value }),
  });

export const appearanceCommands = [
  defineCommand('view.focusMode', {
    when: needsArticle,
    checked: () => appearance.value.focus,
    run: () => appearance.set({ focus: !appearance.value.focus }),
  }),
  defineCommand('view.typewriter', {
    when: needsArticle,
    checked: () => appearance.value.typewriter,
    run: () => appearance.change({ typewriter: !appearance.value.typewriter }),
  }),
  theme('view.themeSystem', 'system'),
  theme('view.themeLight', 'light'),
  theme('view.themeDark', 'dark'),
];
