import { parseArticle } from '../../shared/article/file-format';
import type { RecoverableBuffer } from '../../shared/ipc/channels/journal';
import { checkAgainstDisk, type Journal } from '../storage/journal';
import type { LibraryService } from './library-service';

/**
 * The buffers a crash left in the journal, each checked against its file now: unchanged, changed by
 * someone since the edits began, or gone. Entries whose file name or article no longer parse, or whose
 * file cannot be read now, are skipped (and kept on disk for inspection, or for the next start).
 */
export async function listRecoverable(journal: Journal, library: Pick<LibraryService, 'diskHash'>): Promise<RecoverableBuffer[]> {
  const out: RecoverableBuffer[] = [];
  for (const entry of await journal.list()) {
    const parsed = parseArticle(entry.articleJson);
    if (!parsed.ok) continue;
    let diskHash: string | null;
    try {
      diskHash = await library.diskHash(entry.file);
    } catch {
      continue;
    }
    out.push({ file: entry.file, article: parsed.article, baseHash: entry.baseHash, savedAt: entry.savedAt, check: checkAgainstDisk(entry, diskHash) });
  }
  return out;
}
