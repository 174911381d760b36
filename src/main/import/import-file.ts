import { promises as fs } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ImportResult } from '../../shared/import/draft';
import { MAX_IMPORT_BYTES, importBytes } from '../../shared/import/import';
import { importDocx } from './docx';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Imports one file from disk, choosing the importer by extension and, for a Word document saved
 * under another name, by its ZIP signature. Every failure is returned with a sentence for the user.
 */
export async function importFile(path: string): Promise<ImportResult> {
  const name = basename(path);
  let bytes: Uint8Array;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { ok: false, error: { code: 'unsupported', message: `${name} is a folder, not a file.` } };
    if (stat.size > MAX_IMPORT_BYTES) {
      return { ok: false, error: { code: 'too-large', message: `${name} is ${Math.round(stat.size / 1048576)} MB; Copydesk imports files up to ${MAX_IMPORT_BYTES / 1048576} MB.` } };
    }
    bytes = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission was denied' : (e as Error).message;
    return { ok: false, error: { code: 'unreadable', message: `${name} could not be read: ${why}.` } };
  }
  return importNamedBytes(bytes, name);
}

/**
 * Imports a file's bytes already in memory (from a dialog, a drop or the clipboard), choosing the
 * importer by the file's name and, for a Word document saved under another name, by its ZIP signature.
 */
export async function importNamedBytes(bytes: Uint8Array, name: string): Promise<ImportResult> {
  const ext = extname(name).toLowerCase();
  if (ext === '.doc') {
    return { ok: false, error: { code: 'unsupported', message: `${name} is an old-style Word document (.doc). Save it as .docx and import it again.` } };
  }
  if (ext === '.docx' || ZIP_MAGIC.every((b, i) => bytes[i] === b)) return importDocx(bytes, name);
  return importBytes(bytes, name);
}
