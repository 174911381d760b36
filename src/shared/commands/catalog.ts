import type { KeyChord, KeySpec } from './keys';

/**
 * Every user command's id, title, menu place and keys, declared once. The renderer gives each one
 * its `when` and `run` (one file per command family, in the feature folder it belongs to); the main
 * process builds the native menu from this list alone, so it never imports the renderer. A unit
 * test checks both sides name the same commands and that no two share a key.
 */

export const MENUS = ['file', 'edit', 'view', 'insert', 'format', 'article', 'window', 'help'] as const;
export type MenuId = (typeof MENUS)[number];

export const MENU_LABELS: Record<MenuId, string> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  insert: 'Insert',
  format: 'Format',
  article: 'Article',
  window: 'Window',
  help: 'Help',
};

/** Electron menu roles: items whose work the operating system does (clipboard, window management). */
export type MenuRole = 'cut' | 'copy' | 'paste' | 'selectAll' | 'quit' | 'minimize' | 'zoom' | 'togglefullscreen' | 'zoomIn' | 'zoomOut' | 'resetZoom';

/**
 * Where a shortcut works: `anywhere` (Save, the palette), `body` (formatting: only while typing in
 * the article body), `article` (the body or the article's own fields, e.g. undo), `outside-text`
 * (a plain key such as "/" that must not fire while typing; a chord with Ctrl, Cmd or Alt in the
 * same command still works in a text field).
 */
export type KeyScope = 'anywhere' | 'body' | 'article' | 'outside-text';

export interface CommandSpec {
  id: string;
  /** Menu and palette title, in the newsroom's words; "…" when it asks for more before acting. */
  title: string;
  /** For buttons with little room ("Library" for "Go to library"). */
  shortTitle?: string;
  /** Shown after the title in the palette and as the heading of its group in the shortcut sheet. */
  category: string;
  /** A sentence for tooltips: what it does. */
  description?: string;
  keys?: KeySpec;
  keyScope?: KeyScope;
  /** Place in the menu bar: menu, optional submenu, then group (separated by lines) and order within it. */
  menu?: { menu: MenuId; submenu?: string; group: number; order: number };
  /** In Electron the operating system does the work; the page's own run is the fallback (browser mode). */
  role?: MenuRole;
  /** Only the Electron app can do it (window management): left out of browser mode's menus and palette. */
  electronOnly?: boolean;
  /** Left out of the palette (clipboard items that only make sense from a menu or the keyboard). */
  palette?: false;
  /** Keys that work only while typing in the find bar (Enter for the next match), on top of `keys`. */
  findBarKeys?: KeyChord[];
}

const spec = <const T extends CommandSpec>(s: T): T => s;

export const COMMAND_SPECS = [
  // File
  spec({ id: 'file.newArticle', title: 'New article', category: 'File', keys: ['Mod+N'], menu: { menu: 'file', group: 1, order: 1 } }),
  spec({ id: 'file.openRecent', title: 'Open recent…', category: 'File', description: 'One of the articles you opened last', menu: { menu: 'file', group: 1, order: 3 } }),
  spec({ id: 'file.import', title: 'Import…', category: 'File', description: 'Import a text, Markdown, HTML or Word file as a new article', menu: { menu: 'file', group: 1, order: 2 } }),
  spec({ id: 'file.save', title: 'Save', category: 'File', keys: ['Mod+S'], menu: { menu: 'file', group: 2, order: 1 } }),
  spec({ id: 'file.export', title: 'Export…', category: 'File', description: 'Save the article as a web page, PDF, Markdown, Word document or ninjs', keys: ['Mod+Shift+E'], menu: { menu: 'file', group: 2, order: 2 } }),
  spec({ id: 'file.closeArticle', title: 'Close article', category: 'File', keys: ['Mod+W'], menu: { menu: 'file', group: 3, order: 1 } }),
  spec({ id: 'app.settings', title: 'Settings…', shortTitle: 'Settings', category: 'File', keys: ['Mod+,'], menu: { menu: 'file', group: 4, order: 1 } }),
  spec({ id: 'app.quit', title: 'Quit Copydesk', category: 'File', keys: ['Mod+Q'], role: 'quit', electronOnly: true, menu: { menu: 'file', group: 9, order: 1 } }),

  // Edit
  spec({ id: 'edit.undo', title: 'Undo', category: 'Edit', keys: ['Mod+Z'], keyScope: 'article', menu: { menu: 'edit', group: 1, order: 1 } }),
  spec({ id: 'edit.redo', title: 'Redo', category: 'Edit', keys: { mac: ['Mod+Shift+Z'], other: ['Mod+Shift+Z', 'Ctrl+Y'] }, keyScope: 'article', menu: { menu: 'edit', group: 1, order: 2 } }),
  // The clipboard keys stay the browser's own (no `keys`): the menu shows them for people who look there.
  spec({ id: 'edit.cut', title: 'Cut', category: 'Edit', role: 'cut', palette: false, menu: { menu: 'edit', group: 2, order: 1 } }),
  spec({ id: 'edit.copy', title: 'Copy', category: 'Edit', role: 'copy', palette: false, menu: { menu: 'edit', group: 2, order: 2 } }),
  spec({ id: 'edit.paste', title: 'Paste', category: 'Edit', role: 'paste', palette: false, menu: { menu: 'edit', group: 2, order: 3 } }),
  spec({ id: 'edit.selectAll', title: 'Select all', category: 'Edit', role: 'selectAll', palette: false, menu: { menu: 'edit', group: 2, order: 4 } }),
  spec({ id: 'edit.find', title: 'Find…', category: 'Find', description: 'Find words in the headline, the dek and the body', keys: ['Mod+F'], menu: { menu: 'edit', group: 3, order: 1 } }),
  // Mod+H hides the app on macOS, so there Replace takes Word's Mod+Alt+F.
  spec({ id: 'edit.replace', title: 'Replace…', category: 'Find', keys: { mac: ['Mod+Alt+F'], other: ['Mod+H'] }, menu: { menu: 'edit', group: 3, order: 2 } }),
  spec({ id: 'edit.findNext', title: 'Find next', category: 'Find', keys: ['F3', 'Mod+G'], findBarKeys: ['Enter'], menu: { menu: 'edit', group: 3, order: 3 } }),
  spec({ id: 'edit.findPrevious', title: 'Find previous', category: 'Find', keys: ['Shift+F3', 'Mod+Shift+G'], findBarKeys: ['Shift+Enter'], menu: { menu: 'edit', group: 3, order: 4 } }),
  spec({ id: 'edit.replaceOne', title: 'Replace', category: 'Find', description: 'Replace the current match and go to the next', menu: { menu: 'edit', group: 3, order: 5 } }),
  spec({ id: 'edit.replaceAll', title: 'Replace all', category: 'Find', description: 'Replace every match, as one step to undo', menu: { menu: 'edit', group: 3, order: 6 } }),
  spec({ id: 'edit.closeFind', title: 'Close the find bar', category: 'Find', findBarKeys: ['Escape'] }),

  // Library
  spec({ id: 'library.search', title: 'Search the library', shortTitle: 'Search', category: 'Library', description: 'Find articles by their words, headline, byline or sources', keys: ['Mod+Shift+F', '/'], keyScope: 'outside-text', menu: { menu: 'edit', group: 4, order: 1 } }),

  // View
  spec({ id: 'view.commandPalette', title: 'Command palette…', category: 'View', description: 'Find any command by name', keys: ['Mod+Shift+P', 'Alt+/'], menu: { menu: 'view', group: 1, order: 1 } }),
  spec({ id: 'view.library', title: 'Go to library', shortTitle: 'Library', category: 'Window', keys: ['Mod+Shift+L'], menu: { menu: 'window', group: 2, order: 1 } }),
  spec({ id: 'view.sourcesPanel', title: 'Show the Sources panel', category: 'View', keys: ['Mod+Alt+1'], menu: { menu: 'view', group: 3, order: 1 } }),
  spec({ id: 'view.claimsPanel', title: 'Show the Claims panel', category: 'View', keys: ['Mod+Alt+2'], menu: { menu: 'view', group: 3, order: 2 } }),
  spec({ id: 'view.reviewPanel', title: 'Show the Review panel', category: 'View', keys: ['Mod+Alt+3'], menu: { menu: 'view', group: 3, order: 3 } }),
  spec({ id: 'view.stylePanel', title: 'Show the Style panel', category: 'View', keys: ['Mod+Alt+4'], menu: { menu: 'view', group: 3, order: 4 } }),
  spec({ id: 'view.focusMode', title: 'Focus mode', category: 'View', description: 'Hide the panels and dim everything but the paragraph you are writing', keys: ['Mod+Shift+D'], menu: { menu: 'view', group: 2, order: 1 } }),
  spec({ id: 'view.typewriter', title: 'Typewriter scrolling', category: 'View', description: 'Keep the line you are writing in the middle of the window', menu: { menu: 'view', group: 2, order: 2 } }),
  spec({ id: 'view.themeSystem', title: 'Theme: follow the system', category: 'View', menu: { menu: 'view', submenu: 'Theme', group: 1, order: 1 } }),
  spec({ id: 'view.themeLight', title: 'Theme: light', category: 'View', menu: { menu: 'view', submenu: 'Theme', group: 1, order: 2 } }),
  spec({ id: 'view.themeDark', title: 'Theme: dark', category: 'View', menu: { menu: 'view', submenu: 'Theme', group: 1, order: 3 } }),
  spec({ id: 'view.zoomIn', title: 'Zoom in', category: 'View', role: 'zoomIn', electronOnly: true, palette: false, menu: { menu: 'view', group: 4, order: 1 } }),
  spec({ id: 'view.zoomOut', title: 'Zoom out', category: 'View', role: 'zoomOut', electronOnly: true, palette: false, menu: { menu: 'view', group: 4, order: 2 } }),
  spec({ id: 'view.resetZoom', title: 'Actual size', category: 'View', role: 'resetZoom', electronOnly: true, palette: false, menu: { menu: 'view', group: 4, order: 3 } }),
  spec({ id: 'view.fullScreen', title: 'Full screen', category: 'View', role: 'togglefullscreen', electronOnly: true, palette: false, menu: { menu: 'view', group: 5, order: 1 } }),

  // Insert
  spec({ id: 'insert.section', title: 'Add section', category: 'Insert', description: 'A new titled section after the one holding the cursor', keys: ['Mod+Alt+S'], keyScope: 'body', menu: { menu: 'insert', group: 1, order: 1 } }),
  spec({ id: 'insert.pullQuote', title: 'Insert pull quote', category: 'Insert', description: 'An empty pull quote after the current paragraph', keyScope: 'body', menu: { menu: 'insert', group: 1, order: 2 } }),
  spec({ id: 'insert.image', title: 'Insert image…', shortTitle: 'Image', category: 'Insert', description: 'A picture from your computer, copied into the library, with its alt text, caption and credit', keys: ['Mod+Alt+G'], keyScope: 'body', menu: { menu: 'insert', group: 1, order: 3 } }),
  spec({ id: 'insert.link', title: 'Insert link…', shortTitle: 'Link', category: 'Insert', description: 'Link the selected words to a web page or an email address', keys: ['Mod+K'], keyScope: 'body', menu: { menu: 'insert', group: 2, order: 1 } }),

  // Format
  spec({ id: 'format.bold', title: 'Bold', category: 'Format', keys: ['Mod+B'], keyScope: 'body', menu: { menu: 'format', group: 1, order: 1 } }),
  spec({ id: 'format.italic', title: 'Italic', category: 'Format', keys: ['Mod+I'], keyScope: 'body', menu: { menu: 'format', group: 1, order: 2 } }),
  spec({ id: 'format.strike', title: 'Strikethrough', category: 'Format', keys: ['Mod+Shift+X'], keyScope: 'body', menu: { menu: 'format', group: 1, order: 3 } }),
  spec({ id: 'format.clear', title: 'Clear formatting', category: 'Format', description: 'Remove bold, italic, strikethrough and links from the selection', keys: ['Mod+\\'], keyScope: 'body', menu: { menu: 'format', group: 1, order: 4 } }),
  spec({ id: 'format.bulletList', title: 'Bulleted list', category: 'Format', keys: ['Mod+Shift+8'], keyScope: 'body', menu: { menu: 'format', group: 2, order: 1 } }),
  spec({ id: 'format.orderedList', title: 'Numbered list', category: 'Format', keys: ['Mod+Shift+7'], keyScope: 'body', menu: { menu: 'format', group: 2, order: 2 } }),
  spec({ id: 'format.blockquote', title: 'Block quote', category: 'Format', keys: ['Mod+Shift+B'], keyScope: 'body', menu: { menu: 'format', group: 2, order: 3 } }),

  // Article: structure, quotations, claims
  spec({ id: 'section.split', title: 'Split section at cursor', category: 'Section', keys: ['Mod+Alt+Enter'], keyScope: 'body', menu: { menu: 'article', submenu: 'Section', group: 1, order: 2 } }),
  spec({ id: 'section.merge', title: 'Merge into previous section', category: 'Section', keys: ['Mod+Alt+Backspace'], keyScope: 'body', menu: { menu: 'article', submenu: 'Section', group: 1, order: 3 } }),
  spec({ id: 'section.moveUp', title: 'Move section up', category: 'Section', keys: ['Alt+Shift+ArrowUp'], keyScope: 'body', menu: { menu: 'article', submenu: 'Section', group: 2, order: 1 } }),
  spec({ id: 'section.moveDown', title: 'Move section down', category: 'Section', keys: ['Alt+Shift+ArrowDown'], keyScope: 'body', menu: { menu: 'article', submenu: 'Section', group: 2, order: 2 } }),
  spec({ id: 'section.toggleFold', title: 'Collapse or expand section', category: 'Section', keys: ['Mod+Alt+C'], keyScope: 'body', menu: { menu: 'article', submenu: 'Section', group: 3, order: 1 } }),
  spec({ id: 'article.attribute', title: 'Attribute to…', category: 'Sources', description: 'Link the selected quoted words to a source', keys: ['Mod+Alt+Q'], keyScope: 'body', menu: { menu: 'article', group: 2, order: 1 } }),
  spec({ id: 'article.makePullQuote', title: 'Make pull quote', category: 'Sources', description: 'Repeat the selected words as a pull quote', keys: ['Mod+Alt+P'], keyScope: 'body', menu: { menu: 'article', group: 2, order: 2 } }),
  spec({ id: 'article.addSource', title: 'Add source…', category: 'Sources', description: 'A new source for this article and the source book', menu: { menu: 'article', group: 2, order: 3 } }),
  spec({ id: 'article.history', title: 'Version history…', category: 'Workflow', description: 'Earlier versions of this article: compare them, restore one', keys: ['Mod+Shift+H'], menu: { menu: 'article', group: 4, order: 1 } }),
  spec({ id: 'article.changeStatus', title: 'Change status…', category: 'Workflow', description: 'Hand the story on (Ready for edit, Copy desk…), with a note in its hand-off log', menu: { menu: 'article', group: 4, order: 2 } }),
  spec({ id: 'article.checkGate', title: 'Check before publishing…', category: 'Workflow', description: 'The publish-readiness checklist: what is left to fix before Ready to publish', menu: { menu: 'article', group: 4, order: 3 } }),
  spec({ id: 'article.markClaim', title: 'Mark as claim', category: 'Claims', description: 'Mark the selected words as a claim to check', keys: ['Mod+Alt+K'], keyScope: 'body', menu: { menu: 'article', group: 3, order: 1 } }),

  // Article: review (comments and suggestions)
  spec({ id: 'review.comment', title: 'Comment…', category: 'Review', description: 'Pin a comment to the selected words', keys: ['Mod+Alt+M'], keyScope: 'body', menu: { menu: 'article', submenu: 'Review', group: 1, order: 1 } }),
  spec({ id: 'review.toggleSuggesting', title: 'Suggest changes', shortTitle: 'Suggesting', category: 'Review', description: 'Record your edits as suggestions for the author to accept or reject', keys: ['Mod+Alt+Shift+E'], keyScope: 'article', menu: { menu: 'article', submenu: 'Review', group: 1, order: 2 } }),
  spec({ id: 'review.next', title: 'Next review item', category: 'Review', description: 'The next comment or suggestion after the cursor', keys: ['Mod+Alt+]'], keyScope: 'article', menu: { menu: 'article', submenu: 'Review', group: 2, order: 1 } }),
  spec({ id: 'review.previous', title: 'Previous review item', category: 'Review', description: 'The comment or suggestion before the cursor', keys: ['Mod+Alt+['], keyScope: 'article', menu: { menu: 'article', submenu: 'Review', group: 2, order: 2 } }),
  spec({ id: 'review.acceptHere', title: 'Accept suggestion', category: 'Review', description: 'Accept the suggestion at the cursor', menu: { menu: 'article', submenu: 'Review', group: 3, order: 1 } }),
  spec({ id: 'review.rejectHere', title: 'Reject suggestion', category: 'Review', description: 'Reject the suggestion at the cursor', menu: { menu: 'article', submenu: 'Review', group: 3, order: 2 } }),
  spec({ id: 'review.acceptInSelection', title: 'Accept suggestions in selection', category: 'Review', menu: { menu: 'article', submenu: 'Review', group: 4, order: 1 } }),
  spec({ id: 'review.rejectInSelection', title: 'Reject suggestions in selection', category: 'Review', menu: { menu: 'article', submenu: 'Review', group: 4, order: 2 } }),
  spec({ id: 'review.acceptByAuthor', title: 'Accept all by this author', category: 'Review', description: 'Accept every pending suggestion by the author of the one at the cursor (or the author the Review panel shows)', menu: { menu: 'article', submenu: 'Review', group: 5, order: 1 } }),
  spec({ id: 'review.rejectByAuthor', title: 'Reject all by this author', category: 'Review', description: 'Reject every pending suggestion by the author of the one at the cursor (or the author the Review panel shows)', menu: { menu: 'article', submenu: 'Review', group: 5, order: 2 } }),
  spec({ id: 'review.acceptAll', title: 'Accept all suggestions', category: 'Review', menu: { menu: 'article', submenu: 'Review', group: 6, order: 1 } }),
  spec({ id: 'review.rejectAll', title: 'Reject all suggestions', category: 'Review', menu: { menu: 'article', submenu: 'Review', group: 6, order: 2 } }),
  spec({ id: 'style.fixAll', title: 'Fix all style findings', category: 'Style', description: 'Apply every one-click house-style fix, as one step to undo', menu: { menu: 'article', group: 4, order: 2 } }),

  // Spelling (the body's context menu offers these on a misspelt word)
  spec({ id: 'spelling.correct', title: 'Correct spelling', category: 'Spelling', description: 'Replace the misspelt word with the first suggestion' }),
  spec({ id: 'spelling.addToDictionary', title: 'Add to dictionary', category: 'Spelling', description: 'Never flag this word again, in any article' }),
  spec({ id: 'spelling.ignore', title: 'Ignore spelling', category: 'Spelling', description: 'Stop flagging this word while the article is open' }),
  spec({ id: 'spelling.language', title: 'Switch spelling language', category: 'Spelling', description: 'Check this article in US or UK English', menu: { menu: 'article', group: 4, order: 1 } }),

  // Window
  spec({ id: 'window.minimize', title: 'Minimize', category: 'Window', role: 'minimize', electronOnly: true, palette: false, menu: { menu: 'window', group: 1, order: 1 } }),
  spec({ id: 'window.zoom', title: 'Zoom window', category: 'Window', role: 'zoom', electronOnly: true, palette: false, menu: { menu: 'window', group: 1, order: 2 } }),

  // Help
  spec({ id: 'help.shortcuts', title: 'Keyboard shortcuts', category: 'Help', keys: ['Mod+/'], menu: { menu: 'help', group: 1, order: 1 } }),
  spec({ id: 'help.openLogs', title: 'Open logs folder', category: 'Help', description: 'The app’s log, for reporting a problem', menu: { menu: 'help', group: 2, order: 1 } }),
  spec({ id: 'help.about', title: 'About Copydesk', category: 'Help', menu: { menu: 'help', group: 3, order: 1 } }),
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMAND_SPECS)[number]['id'];
export const COMMAND_IDS = COMMAND_SPECS.map((s) => s.id) as [CommandId, ...CommandId[]];

const BY_ID = new Map<string, CommandSpec>(COMMAND_SPECS.map((s) => [s.id, s]));

export function commandSpec(id: CommandId): CommandSpec {
  return BY_ID.get(id)!;
}

export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && BY_ID.has(id);
}

export interface MenuEntry {
  kind: 'command';
  spec: CommandSpec;
}
export interface MenuSeparator {
  kind: 'separator';
}
export interface SubmenuEntry {
  kind: 'submenu';
  label: string;
  items: (MenuEntry | MenuSeparator)[];
}
export type MenuItem = MenuEntry | MenuSeparator | SubmenuEntry;

/** A flat list of specs laid out as menu items: ordered by group then order, a separator between groups. */
function layout(specs: CommandSpec[]): (MenuEntry | MenuSeparator)[] {
  const sorted = [...specs].sort((a, b) => a.menu!.group - b.menu!.group || a.menu!.order - b.menu!.order);
  const out: (MenuEntry | MenuSeparator)[] = [];
  let group: number | null = null;
  for (const s of sorted) {
    if (group !== null && s.menu!.group !== group) out.push({ kind: 'separator' });
    group = s.menu!.group;
    out.push({ kind: 'command', spec: s });
  }
  return out;
}

/**
 * The menu bar as data: each menu's items in order, submenus where a spec names one (placed before
 * the menu's first group). Used by Electron's native menu and browser mode's in-page menu bar alike.
 */
export function menuBar(opts: { electron: boolean }): { id: MenuId; label: string; items: MenuItem[] }[] {
  const placed = (COMMAND_SPECS as readonly CommandSpec[]).filter((s) => s.menu && (opts.electron || !s.electronOnly));
  return MENUS.map((id) => {
    const mine = placed.filter((s) => s.menu!.menu === id);
    const submenus = new Map<string, CommandSpec[]>();
    for (const s of mine) if (s.menu!.submenu) submenus.set(s.menu!.submenu, [...(submenus.get(s.menu!.submenu) ?? []), s]);
    const items: MenuItem[] = [...submenus].map(([label, specs]) => ({ kind: 'submenu' as const, label, items: layout(specs) }));
    const rest = layout(mine.filter((s) => !s.menu!.submenu));
    if (items.length && rest.length) items.push({ kind: 'separator' });
    items.push(...rest);
    return { id, label: MENU_LABELS[id], items };
  }).filter((m) => m.items.length > 0);
}
