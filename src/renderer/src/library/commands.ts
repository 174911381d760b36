import { defineCommand } from '../commands/define';

/** The library's commands. */
export const libraryCommands = [defineCommand('library.search', { run: ({ app }) => app.searchLibrary() })];
