import { createRequire } from 'node:module';

/**
 * The little of SQLite the search index uses, so the driver can be swapped: node-sqlite3-wasm today
 * (SQLite compiled to WebAssembly, FTS5 included, no native rebuild for Electron), better-sqlite3
 * later if it is ever worth a native module. Both are synchronous; callers run them in a worker.
 */
export type SqlValue = number | bigint | string | Uint8Array | null;

export interface SqlStatement {
  run(params?: SqlValue[]): { changes: number; lastInsertRowid: number | bigint };
  all<T = Record<string, SqlValue>>(params?: SqlValue[]): T[];
  get<T = Record<string, SqlValue>>(params?: SqlValue[]): T | undefined;
  /** Frees the statement; the wasm driver leaks its memory otherwise. */
  finalize(): void;
}

export interface SqlDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  /** Closes the database; statements must be finalized first. */
  close(): void;
}

export type SqlDriver = (path: string) => SqlDatabase;

type WasmModule = typeof import('node-sqlite3-wasm');

let wasm: WasmModule | null = null;
function wasmModule(): WasmModule {
  // A CommonJS package whose exports Node's ESM loader cannot see by name: require it.
  wasm ??= createRequire(import.meta.url)('node-sqlite3-wasm') as WasmModule;
  return wasm;
}

/**
 * Opens (or creates) a database file with node-sqlite3-wasm. `cachePages` bounds SQLite's page cache
 * (4 KiB pages; the default keeps a 16 MB cache, enough for a whole transaction of a large build).
 */
export function openWasmDatabase(path: string, options: { cachePages?: number } = {}): SqlDatabase {
  const db = new (wasmModule().Database)(path);
  // One process owns an index file (see index-owner.ts), so it takes the lock once: the driver's lock
  // is a folder made and removed per transaction otherwise, which costs more than many queries.
  // A journal truncated rather than deleted after each commit saves two directory updates per commit.
  // Dirty pages stay in memory until commit (cache_spill off): a process killed after SQLite had
  // spilled part of a transaction to the file left an index this driver reported as malformed, every
  // few kills in tests/unit/search/kill.test.ts; never when nothing spilled.
  db.exec(
    `PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = TRUNCATE; PRAGMA cache_spill = OFF; PRAGMA cache_size = ${Math.max(10, Math.floor(options.cachePages ?? 4000))}`,
  );
  return {
    exec: (sql) => db.exec(sql),
    prepare(sql) {
      const st = db.prepare(sql);
      return {
        run: (params) => st.run(params ?? []),
        all: <T>(params?: SqlValue[]) => st.all(params ?? []) as T[],
        // Read to the end, so the statement is reset and holds no lock between calls.
        get: <T>(params?: SqlValue[]) => st.all(params ?? [])[0] as T | undefined,
        finalize: () => {
          if (!st.isFinalized) st.finalize();
        },
      };
    },
    close: () => {
      if (db.isOpen) db.close();
    },
  };
}

/** True for errors that mean the database file itself is damaged (as opposed to a bad statement or a full disk). */
export function isCorruption(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /malformed|not a database|corrupt|file is not a database|disk image/i.test(message);
}
