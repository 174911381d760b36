import { z } from 'zod';
import { Article, ArticleSummary, BadFile } from '../../article/model';

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

export const FileRef = z.object({ file: z.string().min(1).max(1000) });

/** The library folder: listing, opening, creating and saving article files. */
export const libraryChannels = {
  'library.info': { input: z.object({}), output: z.object({ root: z.string(), dataDir: z.string() }) },
  'library.list': { input: z.object({}), output: LibraryListing },
  /** The articles opened last that are still in the library, most recent first (File → Open recent…). */
  'library.recent': { input: z.object({}), output: z.object({ articles: z.array(ArticleSummary).max(20) }) },
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
} as const;

export const libraryEvents = {
  /** Something in the library changed: a window showing the library asks for the listing again (it is not sent to every window at every save). */
  'library.changed': z.object({}),
} as const;
