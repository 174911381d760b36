import { z } from 'zod';
import { COMMAND_IDS } from '../../commands/catalog';

/** The window's lifecycle and the native menu. */
export const appChannels = {
  /** The UI has saved (or the user chose to discard) and the window may close. Only Electron acts on it. */
  'app.closeReady': { input: z.object({}), output: z.object({}) },
  /** Which commands apply now, so the native menu greys out the rest (Electron only; browser mode's menus ask the page). */
  'app.commandStates': { input: z.object({ enabled: z.partialRecord(z.enum(COMMAND_IDS), z.boolean()) }), output: z.object({}) },
} as const;

export const appEvents = {
  /** A native menu item was chosen (Electron only): the page runs the command as if chosen in the palette. */
  'command.run': z.object({ id: z.enum(COMMAND_IDS) }),
  /** The user asked to close the window: save, then answer with app.closeReady. */
  'app.closeRequested': z.object({}),
} as const;
