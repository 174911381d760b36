import * as Y from 'yjs';
import { openWasmDatabase, type SqlDatabase } from '../search/sqlite';

/**
 * The shared documents' Yjs state in SQLite (node-sqlite3-wasm: no native module to build). Each
 * update a client sends is appended synchronously as it is applied, before the server acknowledges
 * it, so an update a client was told was synced survives the server being killed; `store` (after
 * the debounce) folds the log into one state per document.
 */
export class CollabStore {
  private readonly db: SqlDatabase;

  constructor(path: string) {
    this.db = openWasmDatabase(path);
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, state BLOB NOT NULL);' +
        'CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);' +
        'CREATE INDEX IF NOT EXISTS updates_by_name ON updates (name, id);',
    );
  }

  private query<T>(sql: string, run: (st: ReturnType<SqlDatabase['prepare']>) => T): T {
    const st = this.db.prepare(sql);
    try {
      return run(st);
    } finally {
      st.finalize();
    }
  }

  /** The document's state with every update logged since, or null when the database has none. */
  fetch(name: string): Uint8Array | null {
    const state = this.query('SELECT state FROM documents WHERE name = ?', (st) => st.get<{ state: Uint8Array }>([name]))?.state;
    const logged = this.query('SELECT data FROM updates WHERE name = ? ORDER BY id', (st) => st.all<{ data: Uint8Array }>([name])).map((r) => r.data);
    const all = state ? [state, ...logged] : logged;
    return all.length ? Y.mergeUpdates(all) : null;
  }

  append(name: string, update: Uint8Array): void {
    this.query('INSERT INTO updates (name, data) VALUES (?, ?)', (st) => st.run([name, update]));
  }

  /** Replaces the document's state and drops the log it includes, in one transaction. */
  store(name: string, state: Uint8Array): void {
    this.db.exec('BEGIN');
    try {
      this.query('INSERT INTO documents (name, state) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET state = excluded.state', (st) => st.run([name, state]));
      this.query('DELETE FROM updates WHERE name = ?', (st) => st.run([name]));
      this.db.exec('COMMIT');
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  close(): void {
    this.db.close();
  }
}
