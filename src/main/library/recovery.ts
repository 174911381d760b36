import { readFile } from 'node:fs/promises';
import { parseArticle } from '../../shared/article/file-format';
import type { RecoverableBuffer } from '../../shared/ipc/channels/journal';
import { checkAgainstDisk, type Journal } from '../storage/journal';
import { hashBytes, type LibraryService } from './library-service';
import { resolveArticlePath } from './paths';

/**
 * The buffers a crash left in the journal, each checked against its file now: unchanged, changed by
 * someone since the edits began, or gone. Entries whose file name or article no longer parse are skipped
 * (and kept on disk for inspection).
 */
export async function listRecoverable(journal: Journal, library: LibraryService): Promise<RecoverableBuffer[]> {
  const out: RecoverableBuffer[] = [];
  for (const entry of await journal.list()) {
    const parsed = parseArticle(entry.articleJson);
    if (!parsed.ok) continue;
    let diskHash: string | null;
    try {
      diskHash = hashBytes(await readFile(await resolveArticlePath(library.root, entry.file)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') continue;
      diskHash = null;
    }
    out.push({ file: entry.file, article: parsed.article, baseHash: entry.baseHash, savedAt: entry.savedAt, check: checkAgainstDisk(entry, diskHash) });
  }
  return out;
}
