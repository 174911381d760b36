import { join } from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { ARTICLE_FILE_SUFFIX } from '../../shared/article/slug';
import { realFs, type StorageFs } from '../storage/storage-fs';

/**
 * Resolves a file name the UI sent to a path inside the library. Only plain article file names
 * directly in the library folder are accepted: no separators, no "..", no absolute paths, no
 * symbolic links (which could lead outside).
 */
export async function resolveArticlePath(root: string, file: string, fs: StorageFs = realFs): Promise<string> {
  if (
    typeof file !== 'string' ||
    file.length === 0 ||
    file.length > 255 ||
    /[/\\\u0000]/.test(file) ||
    file === '.' ||
    file === '..' ||
    !file.endsWith(ARTICLE_FILE_SUFFIX) ||
    file.startsWith('.')
  ) {
    throw new AppError('forbidden', `"${file.slice(0, 80)}" is not an article file in the library.`);
  }
  const full = join(root, file);
  try {
    const st = await fs.lstat(full);
    if (st.isSymbolicLink()) throw new AppError('forbidden', `"${file}" is a link; Copydesk only opens files inside the library.`);
  } catch (e) {
    if (e instanceof AppError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return full;
}
