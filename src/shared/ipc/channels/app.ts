import { z } from 'zod';

export const MENU_COMMANDS = ['new', 'save', 'close', 'library'] as const;

/** The window's lifecycle and the native menu. */
export const appChannels = {
  /** The UI has saved (or the user chose to discard) and the window may close. Only Electron acts on it. */
  'app.closeReady': { input: z.object({}), output: z.object({}) },
} as const;

export const appEvents = {
  /** A native menu item was chosen (Electron only). */
  'menu.command': z.object({ command: z.enum(MENU_COMMANDS) }),
  /** The user asked to close the window: save, then answer with app.closeReady. */
  'app.closeRequested': z.object({}),
} as const;
