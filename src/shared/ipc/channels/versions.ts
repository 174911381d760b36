import { z } from 'zod';
import { Article, ArticleStatus } from '../../article/model';

/** Why a version was kept: an explicit save, a status change, a batch of decisions, an export, autosave, or a restore. */
export const VERSION_REASONS = ['save', 'status', 'decision', 'export', 'autosave', 'before-restore'] as const;
export const VersionReason = z.enum(VERSION_REASONS);
export type VersionReason = z.infer<typeof VersionReason>;

/** One entry of an article's history, as the list shows it (the article itself is read separately). */
export const VersionEntry = z.object({
  id: z.string().min(1).max(200),
  articleId: z.string().min(1).max(200),
  at: z.string().max(100),
  /** The display name of whoever's copy of Copydesk kept it. */
  author: z.string().max(500),
  status: ArticleStatus,
  reason: VersionReason,
  headline: z.string().max(2000),
  words: z.number().int().nonnegative(),
  /** Against the version before it in time; the first version counts every word as added. */
  wordsAdded: z.number().int().nonnegative(),
  wordsRemoved: z.number().int().nonnegative(),
  /** SHA-256 of the article's file text, so a file on disk can be matched to the version it was saved as. */
  hash: z.string().max(200),
});
export type VersionEntry = z.infer<typeof VersionEntry>;

const ArticleRef = z.object({ articleId: z.string().min(1).max(200) });
const VersionRef = ArticleRef.extend({ versionId: z.string().min(1).max(200) });

/** Version history, kept beside the article in the library (`.copydesk/versions/<article id>/`), never in the article file. */
export const versionsChannels = {
  /** Newest first. `notes` say what could not be read (a damaged version is skipped, never deleted). */
  'versions.list': { input: ArticleRef, output: z.object({ versions: z.array(VersionEntry), notes: z.array(z.string()) }) },
  'versions.read': { input: VersionRef, output: z.object({ version: VersionEntry, article: Article }) },
  /**
   * Keeps the article file as saved (call it after `library.save`, with the file name the save
   * answered); `version` is null when nothing was kept (autosave too soon, or nothing changed).
   */
  'versions.record': {
    input: z.object({ file: z.string().min(1).max(1000), reason: VersionReason }),
    output: z.object({ version: VersionEntry.nullable(), note: z.string().nullable() }),
  },
  /** The current state becomes a version first; the answer is the article to put in the editor (and save). */
  'versions.restore': { input: VersionRef.extend({ current: Article }), output: z.object({ article: Article, kept: VersionEntry.nullable() }) },
  /** The version a file was saved as (by the hash it was opened with): the base of a three-way merge. */
  'versions.byHash': { input: ArticleRef.extend({ hash: z.string().min(1).max(200) }), output: z.object({ article: Article.nullable() }) },
} as const;
