import { z } from 'zod';
import { Article, ArticleSummary, BadFile } from '../article/model';

/**
 * The single source of every channel between the UI and the main-process services. The preload
 * bridge, the main handlers and the browser-mode HTTP transport are all derived from this object;
 * each entry validates what it receives (`input`) and what it answers (`output`).
 */
export const LibraryListing = z.object({ articles: z.array(ArticleSummary), bad: z.array(BadFile) });
export type LibraryListing = z.infer<typeof LibraryListing>;

export const OpenedArticle = z.object({
  file: z.string(),
  article: Article,
  hash: z.string(),
  /** Set when the file must not be overwritten, with the reason shown to the user. */
  readOnly: z.string().nullable(),
});
export type OpenedArticle = z.infer<typeof OpenedArticle>;

export const SaveOutcome = z.object({
  /** The file name after saving: it changes when the slug does. */
  file: z.string(),
  hash: z.string(),
  summary: ArticleSummary,
});
export type SaveOutcome = z.infer<typeof SaveOutcome>;

export const WindowState = z.object({
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});

export const Settings = z.object({
  libraryPath: z.string(),
  displayName: z.string().max(500),
  recent: z.array(z.string().max(1000)).max(20),
  window: WindowState.nullable(),
});
export type Settings = z.infer<typeof Settings>;

const FileRef = z.object({ file: z.string().min(1).max(1000) });

export const contract = {
  'library.info': { input: z.object({}), output: z.object({ root: z.string(), dataDir: z.string() }) },
  'library.list': { input: z.object({}), output: LibraryListing },
  'library.create': { input: z.object({ headline: z.string().max(2000).optional() }), output: OpenedArticle },
  'library.open': { input: FileRef, output: OpenedArticle },
  'library.save': {
    input: z.object({
      file: z.string().min(1).max(1000),
      article: Article,
      /** Hash of the file as it was opened or last saved; a different hash on disk means someone else changed it. */
      baseHash: z.string().max(200),
      /** Save even though the file changed on disk (the user chose "keep mine"). */
      force: z.boolean().default(false),
    }),
    output: SaveOutcome,
  },
  'library.readRaw': { input: FileRef, output: z.object({ text: z.string() }) },
  'settings.get': { input: z.object({}), output: Settings },
  'settings.update': {
    input: z.object({
      displayName: z.string().max(500).optional(),
      recent: z.array(z.string().max(1000)).max(20).optional(),
      window: WindowState.nullable().optional(),
    }),
    output: Settings,
  },
  /** The UI has saved (or the user chose to discard) and the window may close. Only Electron acts on it. */
  'app.closeReady': { input: z.object({}), output: z.object({}) },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Messages the main process pushes to the UI. */
export const MENU_COMMANDS = ['new', 'save', 'close', 'library'] as const;

export const events = {
  'library.changed': LibraryListing,
  /** A native menu item was chosen (Electron only). */
  'menu.command': z.object({ command: z.enum(MENU_COMMANDS) }),
  /** The user asked to close the window: save, then answer with app.closeReady. */
  'app.closeRequested': z.object({}),
} as const satisfies Record<string, z.ZodType>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
