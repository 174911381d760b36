import { z } from 'zod';
import { Article } from '../../article/model';

/** How a journalled buffer relates to the file on disk now (see the storage journal's checkAgainstDisk). */
export const RecoveryCheck = z.enum(['base-unchanged', 'changed-on-disk', 'missing-on-disk']);
export type RecoveryCheck = z.infer<typeof RecoveryCheck>;

export const RecoverableBuffer = z.object({
  file: z.string(),
  article: Article,
  /** Hash of the file the edits started from: the recovered session saves against it, so a changed file is a conflict, never overwritten. */
  baseHash: z.string().nullable(),
  savedAt: z.string(),
  check: RecoveryCheck,
});
export type RecoverableBuffer = z.infer<typeof RecoverableBuffer>;

const JournalFile = z.object({ file: z.string().min(1).max(1000) });

/** Hot exit: unsaved editor buffers kept in the data folder about a second after typing stops. */
export const journalChannels = {
  'journal.write': {
    input: JournalFile.extend({ article: Article, baseHash: z.string().max(200).nullable() }),
    output: z.object({}),
  },
  /** Every buffer a crash or a kill left, checked against the file on disk now. */
  'journal.list': { input: z.object({}), output: z.object({ buffers: z.array(RecoverableBuffer) }) },
  /** After a save, or when the user throws the edits away. */
  'journal.discard': { input: JournalFile, output: z.object({}) },
} as const;
