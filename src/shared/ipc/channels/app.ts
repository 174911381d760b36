import { z } from 'zod';
import { COMMAND_IDS } from '../../commands/catalog';

/** The window's lifecycle and the native menu. */
export const appChannels = {
  /** The UI has saved (or the user chose to discard) and the window may close. Only Electron acts on it. */
  'app.closeReady': { input: z.object({}), output: z.object({}) },
  /** Which commands apply now, so the native menu greys out the rest (Electron only; browser mode's menus ask the page). */
  'app.commandStates': { input: z.object({ enabled: z.partialRecord(z.enum(COMMAND_IDS), z.boolean()) }), output: z.object({}) },
  /**
   * Asked once when the page starts: the article to open at once (the last one worked on, when the
   * setting says so and nothing is waiting to be recovered), or null. Only the first ask after the
   * app starts gets an answer, so reloading the page stays in the library.
   */
  'app.startup': { input: z.object({}), output: z.object({ reopen: z.string().nullable() }) },
} as const;

export const appEvents = {
  /** A native menu item was chosen (Electron only): the page runs the command as if chosen in the palette. */
  'command.run': z.object({ id: z.enum(COMMAND_IDS) }),
  /** The user asked to close the window: save, then answer with app.closeReady. */
  'app.closeRequested': z.object({}),
} as const;

export const LOG_LEVELS = ['error', 'warn', 'info'] as const;

/**
 * The app's log, for the page: its errors reach the log file, and Help → Open logs folder. Implemented
 * by `src/main/logging/log-channels.ts`; registered in the contract with the services' handlers.
 */
export const logChannels = {
  /** A message from the page (an uncaught error, a failed save). Rate-limited where it arrives. */
  'app.log': {
    input: z.object({
      level: z.enum(LOG_LEVELS),
      message: z.string().min(1).max(4000),
      /** A stack trace or other detail, written indented under the message. */
      detail: z.string().max(20_000).optional(),
      /** Where in the page it happened ("editor", "export"…). */
      source: z.string().regex(/^[\w.-]{1,40}$/).optional(),
    }),
    output: z.object({ logged: z.boolean() }),
  },
  /** Opens the log folder in the file manager (Electron); browser mode answers with its path only. */
  'app.openLogsFolder': { input: z.object({}), output: z.object({ path: z.string(), opened: z.boolean() }) },
} as const;
