import { z } from 'zod';
import { EXPORT_FORMATS } from '../../export/formats';

export const ExportFormatSchema = z.enum(EXPORT_FORMATS);
export const PageSizeSchema = z.enum(['A4', 'Letter']);

/**
 * A folder typed or chosen for exports. Checked again in the main process (absolute, not inside the
 * app); here only what no file system accepts is refused, so the message can say so at once.
 */
export const DestinationDir = z
  .string()
  .min(1, 'Choose a folder to export to.')
  .max(4000)
  // NUL and other control characters are never part of a real folder name and can truncate paths.
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'The folder name contains characters no folder can have.');

/** The export dialog's remembered choices, kept with the user's settings. */
export const ExportPreferences = z.object({
  format: ExportFormatSchema,
  pageSize: PageSizeSchema,
  sourceAppendix: z.boolean(),
  /** Null until the user has exported once: the dialog then offers `<library>/exports`. */
  destinationDir: z.string().max(4000).nullable(),
});
export type ExportPreferences = z.infer<typeof ExportPreferences>;

export const DEFAULT_EXPORT_PREFERENCES: ExportPreferences = {
  format: 'html',
  pageSize: 'A4',
  sourceAppendix: false,
  destinationDir: null,
};

export const EXPORT_STAGES = ['rendering', 'writing', 'done', 'failed'] as const;

export const ExportProgressEvent = z.object({
  /** The id the UI gave `export.run`, so a dialog follows only its own export. */
  id: z.string(),
  stage: z.enum(EXPORT_STAGES),
  message: z.string(),
  /** 0…1 for a progress bar. */
  fraction: z.number().min(0).max(1),
});
export type ExportProgressEvent = z.infer<typeof ExportProgressEvent>;

/** Exporting the open article to a file, from the app. The CLI uses the same Exporter directly. */
export const exportChannels = {
  /** The dialog's starting values: the remembered choices, with a destination always filled in. */
  'export.defaults': {
    input: z.object({}),
    output: z.object({
      format: ExportFormatSchema,
      pageSize: PageSizeSchema,
      sourceAppendix: z.boolean(),
      destinationDir: z.string(),
      /** True when this host can show a native folder chooser (Electron); browser mode types a path. */
      canChooseFolder: z.boolean(),
    }),
  },
  /**
   * Exports the article as saved in the library (the UI saves first) into `destinationDir`, named
   * after the article file. Fails with `conflict` when a file is already there, unless `overwrite`.
   */
  'export.run': {
    input: z.object({
      file: z.string().min(1).max(1000),
      format: ExportFormatSchema,
      pageSize: PageSizeSchema,
      sourceAppendix: z.boolean(),
      destinationDir: DestinationDir,
      overwrite: z.boolean().default(false),
      /** Chosen by the UI, echoed in `export.progress`. */
      id: z.string().min(1).max(100).optional(),
    }),
    output: z.object({ path: z.string() }),
  },
  /** A native folder dialog in Electron; null when cancelled or when the host has none (browser mode). */
  'export.chooseDestination': {
    input: z.object({ current: z.string().max(4000).optional() }),
    output: z.object({ path: z.string().nullable() }),
  },
  /** Reveals an exported file: Electron opens the file manager; browser mode answers with the folder to show. */
  'export.showInFolder': {
    input: z.object({ path: DestinationDir }),
    output: z.object({ shown: z.boolean(), folder: z.string() }),
  },
} as const;

export const exportEvents = {
  'export.progress': ExportProgressEvent,
} as const;
