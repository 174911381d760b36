import { defineCommand, needsArticle, type CommandContext } from '../commands/define';

/** Words selected anywhere on the page, or in the article body. */
function somethingSelected(ctx: CommandContext): boolean {
  if (ctx.article && !ctx.article.editor.state.selection.empty) return true;
  return (window.getSelection()?.toString() ?? '') !== '';
}

/** The shell's commands: articles in and out, dialogs, the clipboard and the window. */
export const appCommands = [
  defineCommand('file.newArticle', {
    places: { appBar: { group: 1, order: 2, emphasis: true } }, run: ({ app }) => app.createArticle() }),
  defineCommand('file.import', { run: ({ app }) => app.chooseImportFile() }),
  defineCommand('file.closeArticle', { when: needsArticle, run: ({ app }) => app.goLibrary() }),
  defineCommand('view.library', {
    places: { appBar: { group: 1, order: 1 } },
    // Where we are is shown as the current page, not as a button that does not apply.
    checked: ({ app }) => app.value.route.view === 'library',
    run: ({ app }) => app.goLibrary(),
  }),
  defineCommand('app.settings', {
    places: { appBar: { group: 1, order: 3 } }, run: ({ app }) => app.openDialog('settings') }),
  // Closing the window saves the open article first (the same flow as the window's close button).
  defineCommand('app.quit', { run: () => window.close() }),
  defineCommand('view.commandPalette', { run: ({ app }) => app.openDialog('palette') }),
  defineCommand('help.shortcuts', { run: ({ app }) => app.openDialog('shortcuts') }),
  defineCommand('help.about', { run: ({ app }) => app.openDialog('about') }),
  defineCommand('file.openRecent', { run: ({ app }) => app.openDialog('recent') }),
  defineCommand('help.openLogs', {
    run: async ({ app, api }) => {
      const r = await api.call('app.openLogsFolder', {});
      if (!r.ok) app.notify(`The logs folder could not be opened: ${r.error.message}`);
      // Browser mode has no file manager to open: it says where the folder is.
      else if (!r.value.opened) app.notify(`The log is in ${r.value.path}`);
    },
  }),

  // In Electron the menu's roles do the clipboard's work; these are for the page's own menus.
  defineCommand('edit.cut', {
    places: { contextMenu: { group: 1, order: 1 } },
    when: (ctx) => (somethingSelected(ctx) ? true : 'Select something to cut first.'),
    run: () => void document.execCommand('cut'),
  }),
  defineCommand('edit.copy', {
    places: { contextMenu: { group: 1, order: 2 } },
    when: (ctx) => (somethingSelected(ctx) ? true : 'Select something to copy first.'),
    run: () => void document.execCommand('copy'),
  }),
  defineCommand('edit.paste', {
    places: { contextMenu: { group: 1, order: 3 } },
    when: ({ host, platform }) =>
      host === 'electron' ? true : `A web page may paste only from the keyboard: press ${platform === 'mac' ? '⌘V' : 'Ctrl+V'}.`,
    run: () => void document.execCommand('paste'),
  }),
  defineCommand('edit.selectAll', {
    run: ({ article }) => (article ? article.editor.chain().focus().selectAll().run() : document.execCommand('selectAll')),
  }),

  // Window management is the operating system's: these exist in Electron's menus only.
  defineCommand('view.zoomIn', { run: () => undefined }),
  defineCommand('view.zoomOut', { run: () => undefined }),
  defineCommand('view.resetZoom', { run: () => undefined }),
  defineCommand('view.fullScreen', { run: () => undefined }),
  defineCommand('window.minimize', { run: () => undefined }),
  defineCommand('window.zoom', { run: () => undefined }),
];
