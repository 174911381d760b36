import type { Article } from '../../../shared/article/model';
import type { CopydeskApi } from '../../../shared/ipc/client';
import { mergeArticles, type MergeResult } from '../../../shared/review/merge';
import type { ArticleSession } from '../article/store/session';

/**
 * The version both copies started from: the one the open file was saved as, found in the history by
 * its hash, or else the copy this session last saved or opened (what the file held at that hash).
 * Null when neither is known (a recovered buffer whose base was never kept).
 */
export async function mergeBase(api: CopydeskApi, session: ArticleSession): Promise<Article | null> {
  const hash = session.persistence.baseHash;
  if (!hash) return session.persistence.savedCopy;
  const r = await api.call('versions.byHash', { articleId: session.document.fields.id, hash });
  return (r.ok ? r.value.article : null) ?? session.persistence.savedCopy;
}

/**
 * Merges the file on disk (theirs) into the open article (mine) against `base` and saves the result
 * over it. Their changes come in as suggestions by whoever last handed their copy on.
 */
export async function mergeWithDisk(session: ArticleSession, base: Article): Promise<MergeResult | null> {
  const theirs = await session.disk.theirs();
  if (!theirs) return null;
  const author = theirs.statusLog.at(-1)?.by || 'the other copy';
  const result = mergeArticles(base, session.currentArticle(), theirs, author, new Date().toISOString());
  await session.takeMerged(result.article);
  return result;
}
