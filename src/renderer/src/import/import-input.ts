/** Copy to import: a file the page holds (input, drop) or bytes the host's own dialog read. */
export type ImportInput =
  | { kind: 'file'; file: File }
  | { kind: 'bytes'; fileName: string; bytes: string }
  /** Refused before reading (the host's dialog said why). */
  | { kind: 'refused'; fileName: string; message: string };

/** The file types the importer reads, for file inputs. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx';
