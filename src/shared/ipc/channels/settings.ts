import { z } from 'zod';
import { DEFAULT_EXPORT_PREFERENCES, ExportPreferences } from './export';
import { SearchFilters, SearchSort } from './search';

export const LIBRARY_GROUPINGS = ['none', 'status', 'desk'] as const;
export const LibraryGrouping = z.enum(LIBRARY_GROUPINGS);
export type LibraryGrouping = z.infer<typeof LibraryGrouping>;

/** A library view the user saved by name: the search, its filters, its order and its grouping. */
export const SavedLibraryView = z.object({
  name: z.string().trim().min(1).max(100),
  text: z.string().max(1000).default(''),
  filters: SearchFilters.default({}),
  sort: SearchSort.default('modified'),
  group: LibraryGrouping.default('none'),
});
export type SavedLibraryView = z.infer<typeof SavedLibraryView>;
const SavedLibraryViews = z.array(SavedLibraryView).max(50);

export const WindowState = z.object({
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});

export const THEMES = ['system', 'light', 'dark'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type Theme = (typeof THEMES)[number];
export type LineWidth = (typeof LINE_WIDTHS)[number];

/** How the editor looks: the theme (following the OS unless overridden), text size and line width. */
export const Appearance = z.object({
  theme: z.enum(THEMES).default('system'),
  /** The body's text size in pixels. */
  textSize: z.number().int().min(12).max(28).default(18),
  lineWidth: z.enum(LINE_WIDTHS).default('medium'),
  /** Typewriter scrolling: the line being written stays in the middle of the window. */
  typewriter: z.boolean().default(false),
});
export type Appearance = z.infer<typeof Appearance>;
export const DEFAULT_APPEARANCE: Appearance = Appearance.parse({});

/** How strict the publish checklist is where a desk may choose. */
export const PublishChecks = z.object({
  /** Unresolved comments block publishing (the default) or only warn. */
  unresolvedComments: z.enum(['block', 'warn']).default('block'),
});
export type PublishChecks = z.infer<typeof PublishChecks>;
export const DEFAULT_PUBLISH_CHECKS: PublishChecks = PublishChecks.parse({});

const PersonalDictionary = z.array(z.string().min(1).max(200)).max(20_000);

export const Settings = z.object({
  libraryPath: z.string(),
  displayName: z.string().max(500),
  recent: z.array(z.string().max(1000)).max(20),
  window: WindowState.nullable(),
  /** The export dialog's last choices; missing (older files) or damaged, the defaults. */
  export: ExportPreferences.catch(DEFAULT_EXPORT_PREFERENCES),
  /** Command ids the palette lists first, most recent first. */
  recentCommands: z.array(z.string().max(100)).max(20).catch([]),
  /** The library views the user saved, in the order they were saved. */
  libraryViews: SavedLibraryViews.catch([]),
  /** Words added to the spellchecker with "Add to dictionary", in every language. */
  personalDictionary: PersonalDictionary.catch([]),
  appearance: Appearance.catch(DEFAULT_APPEARANCE),
  publishChecks: PublishChecks.catch(DEFAULT_PUBLISH_CHECKS),
  /** Open the article last worked on when Copydesk starts (unless there is unsaved work to recover first). */
  reopenLast: z.boolean().catch(true),
});
export type Settings = z.infer<typeof Settings>;

/** User settings kept in lowdb in the app's data folder. */
export const settingsChannels = {
  'settings.get': { input: z.object({}), output: Settings },
  'settings.update': {
    input: z.object({
      displayName: z.string().max(500).optional(),
      recent: z.array(z.string().max(1000)).max(20).optional(),
      window: WindowState.nullable().optional(),
      recentCommands: z.array(z.string().max(100)).max(20).optional(),
      libraryViews: SavedLibraryViews.optional(),
      personalDictionary: PersonalDictionary.optional(),
      appearance: Appearance.optional(),
      publishChecks: PublishChecks.optional(),
      reopenLast: z.boolean().optional(),
    }),
    output: Settings,
  },
} as const;
