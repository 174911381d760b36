import { z } from 'zod';
import { FileRef, OpenedArticle } from './library';

/** Repairing the library: backups of damaged files, bad files moved aside, and changes made by other programs. */
export const libraryFilesChannels = {
  /** The backup of a damaged file, when it is a readable article. */
  'library.inspectBackup': {
    input: FileRef,
    output: z.object({ backup: z.object({ headline: z.string(), updatedAt: z.string() }).nullable() }),
  },
  /** Only on the user's request: the damaged file is moved aside (never deleted) and its backup put in its place. */
  'library.restoreBackup': { input: FileRef, output: OpenedArticle },
  /** Renames a bad file to `<name>.bad-<time>` inside the library, so it is no longer listed. Never deletes. */
  'library.moveAside': { input: FileRef, output: z.object({ movedTo: z.string() }) },
} as const;

export const ArticleChangedOnDisk = z.object({
  file: z.string(),
  /** Content hash of the file now; null when it was removed or renamed away. */
  hash: z.string().nullable(),
});
export type ArticleChangedOnDisk = z.infer<typeof ArticleChangedOnDisk>;

export const libraryFilesEvents = {
  /** Another program changed, replaced or removed an article file. */
  'article.changedOnDisk': ArticleChangedOnDisk,
} as const;
