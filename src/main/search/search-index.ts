import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ARTICLE_STATUSES } from '../../shared/article/model';
import type { ArticleRecord } from '../../shared/search/article-record';
import { personKey } from '../../shared/search/fold';
import { MARK_CLOSE, MARK_OPEN, unmark } from '../../shared/search/highlight';
import { INDEX_COLUMNS, parseQuery } from '../../shared/search/query';
import type {
  QuotedElsewhereArticle,
  SearchAnswer,
  SearchFacets,
  SearchFilters,
  SearchHit,
  SearchRequestParsed,
  Snippet,
} from '../../shared/ipc/channels/search';
import { isCorruption, openWasmDatabase, type SqlDatabase, type SqlDriver, type SqlStatement, type SqlValue } from './sqlite';

/**
 * Bumped whenever the tables or what is stored in them change: an index of another version is
 * rebuilt, never migrated. 2: open comments and pending suggestions counted by file format 2's review
 * rule (a suggestion whose marks left the text is not pending), desk and assignee from the model.
 */
const SCHEMA_VERSION = '2';

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  file TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL, size INTEGER NOT NULL, mtime_ms REAL NOT NULL,
  id TEXT NOT NULL, headline TEXT NOT NULL, dek TEXT NOT NULL, byline TEXT NOT NULL, slug TEXT NOT NULL,
  status TEXT NOT NULL, desk TEXT NOT NULL, assignee TEXT NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, words INTEGER NOT NULL,
  unverified INTEGER NOT NULL, open_comments INTEGER NOT NULL, pending_suggestions INTEGER NOT NULL
);
CREATE INDEX articles_updated ON articles (updated_at);
CREATE TABLE unreadable (file TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL, mtime_ms REAL NOT NULL, reason TEXT NOT NULL);
CREATE TABLE sources (
  article INTEGER NOT NULL, source_id TEXT NOT NULL, person TEXT NOT NULL,
  name TEXT NOT NULL, title TEXT NOT NULL, affiliation TEXT NOT NULL, standing TEXT NOT NULL
);
CREATE INDEX sources_article ON sources (article);
CREATE INDEX sources_id ON sources (source_id);
CREATE INDEX sources_person ON sources (person) WHERE person <> '';
CREATE TABLE quotations (article INTEGER NOT NULL, source_id TEXT, quotation_id TEXT, ord INTEGER NOT NULL, text TEXT NOT NULL);
CREATE INDEX quotations_article ON quotations (article, source_id);
CREATE VIRTUAL TABLE article_text USING fts5(${INDEX_COLUMNS.join(', ')}, tokenize = 'unicode61 remove_diacritics 2');
`;

/** bm25 weights per column, in INDEX_COLUMNS order: a word in the headline counts ten times one in the body. */
const WEIGHTS = { headline: 10, dek: 4, byline: 2, body: 1, sections: 3, sources: 2, claims: 1.5 };
/** Which column a snippet is taken from, best first, and what the answer calls it. */
const SNIPPET_COLUMNS: { column: (typeof INDEX_COLUMNS)[number]; field: Snippet['field']; tokens: number }[] = [
  { column: 'body', field: 'body', tokens: 24 },
  { column: 'sections', field: 'section', tokens: 12 },
  { column: 'dek', field: 'dek', tokens: 24 },
  { column: 'claims', field: 'claim', tokens: 24 },
  { column: 'sources', field: 'source', tokens: 16 },
  { column: 'byline', field: 'byline', tokens: 12 },
];

export interface FileState {
  hash: string;
  size: number;
  mtimeMs: number;
}

export interface OpenedIndex {
  index: SearchIndex;
  /** Why the index was thrown away and started afresh (damaged, another version), or null when it was usable. */
  reset: string | null;
  /** There was no index file at all (a first start, or someone deleted it). */
  created: boolean;
}

interface Row {
  rowid: number;
  file: string;
  id: string;
  headline: string;
  dek: string;
  byline: string;
  status: string;
  desk: string;
  assignee: string;
  created_at: string;
  updated_at: string;
  mtime_ms: number;
  words: number;
  unverified: number;
  open_comments: number;
  pending_suggestions: number;
}

/** Why the file is shorter than its own header says, or null (also for a database not on disk). */
function truncation(path: string): string | null {
  if (path === ':memory:' || !existsSync(path)) return null;
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return 'its header is cut off';
  } finally {
    closeSync(fd);
  }
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pages = header.readUInt32BE(28);
  // The page count is trusted only when its "valid for" number matches the change counter.
  if (header.readUInt32BE(92) !== header.readUInt32BE(24)) return null;
  const size = statSync(path).size;
  return pages * pageSize > size ? `it holds ${size} of its ${pages * pageSize} bytes` : null;
}

function removeIndexFiles(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  rmSync(`${path}.lock`, { recursive: true, force: true });
}

type FacetName = keyof SearchFacets;
const FACETS: FacetName[] = ['status', 'desk', 'assignee', 'byline'];

/** SQL text for a filter; facets are counted with every filter but their own. */
type Clause = { facet: FacetName | null; sql: string; params: SqlValue[] };

function inList(column: string, values: string[]): string {
  return `${column} IN (${values.map(() => '?').join(', ')})`;
}

function filterClauses(f: SearchFilters): Clause[] {
  const out: Clause[] = [];
  const list = (facet: keyof SearchFacets, column: string, values: string[] | undefined) => {
    if (values?.length) out.push({ facet, sql: inList(column, values), params: values });
  };
  list('status', 'a.status', f.status);
  list('desk', 'a.desk', f.desk);
  list('assignee', 'a.assignee', f.assignee);
  list('byline', 'a.byline', f.byline);
  // A bound that is a date alone includes that whole day: compare as many characters as it has.
  const from = (column: string, v: string | undefined) => v && out.push({ facet: null, sql: `${column} >= ?`, params: [v] });
  const to = (column: string, v: string | undefined) => v && out.push({ facet: null, sql: `substr(${column}, 1, ?) <= ?`, params: [v.length, v] });
  from('a.updated_at', f.updatedFrom);
  to('a.updated_at', f.updatedTo);
  from('a.created_at', f.createdFrom);
  to('a.created_at', f.createdTo);
  const flag = (column: string, v: boolean | undefined) => v !== undefined && out.push({ facet: null, sql: v ? `${column} > 0` : `${column} = 0`, params: [] });
  flag('a.unverified', f.hasUnverifiedClaims);
  flag('a.open_comments', f.hasOpenComments);
  flag('a.pending_suggestions', f.hasPendingSuggestions);
  return out;
}

function where(clauses: Clause[], extra: string[] = []): { sql: string; params: SqlValue[] } {
  const parts = [...extra, ...clauses.map((c) => c.sql)];
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params: clauses.flatMap((c) => c.params) };
}

/** Workflow order for sorting by status; statuses this build does not know sort after, alphabetically. */
function statusOrder(): string {
  return `CASE a.status ${ARTICLE_STATUSES.map((s, i) => `WHEN '${s.replace(/'/g, "''")}' THEN ${i}`).join(' ')} ELSE ${ARTICLE_STATUSES.length} END`;
}

function orderBy(req: SearchRequestParsed, ranked: boolean): string {
  const dir = (fallback: 'ASC' | 'DESC') => (req.order ? req.order.toUpperCase() : fallback);
  switch (req.sort) {
    case 'relevance':
      return ranked ? 'h.head DESC, h.score ASC, a.mtime_ms DESC, a.file' : 'a.mtime_ms DESC, a.file';
    case 'modified':
      return `a.mtime_ms ${dir('DESC')}, a.file`;
    case 'created':
      return `a.created_at ${dir('DESC')}, a.file`;
    case 'headline':
      return `a.headline COLLATE NOCASE ${dir('ASC')}, a.file`;
    case 'words':
      return `a.words ${dir('DESC')}, a.file`;
    case 'status':
      return `${statusOrder()} ${dir('ASC')}, a.status ${dir('ASC')}, a.mtime_ms DESC, a.file`;
  }
}

/**
 * The search index: one SQLite database derived from the article files alone (it can always be
 * thrown away and rebuilt). FTS5 holds the words per column; plain tables hold what filters, sorts
 * and "quoted elsewhere" need. Synchronous, as its driver is: the app runs it in a worker thread.
 */
export class SearchIndex {
  private readonly statements = new Map<string, SqlStatement>();
  private closed = false;

  private constructor(
    private readonly db: SqlDatabase,
    readonly path: string,
  ) {}

  /**
   * Opens the index at `path`, or starts a new one when it is missing, damaged, half-written beyond
   * SQLite's own recovery, or of another version. Never returns an index it could not read back.
   */
  static open(path: string, driver: SqlDriver = (p) => openWasmDatabase(p)): OpenedIndex {
    mkdirSync(dirname(path), { recursive: true });
    const created = !existsSync(path);
    let reset: string | null = null;
    try {
      const index = new SearchIndex(driver(path), path);
      const problem = index.check();
      if (!problem) return { index, reset: null, created: false };
      reset = problem;
      index.close();
    } catch (e) {
      reset = `The search index could not be opened (${(e as Error).message}).`;
    }
    removeIndexFiles(path);
    const index = new SearchIndex(driver(path), path);
    index.db.exec(`BEGIN; ${SCHEMA} INSERT INTO meta VALUES ('schema', '${SCHEMA_VERSION}'), ('complete', '0'); COMMIT;`);
    index.prepareSession();
    return { index, reset: created ? null : reset, created };
  }

  /** Deletes the index's files (it is rebuilt from the articles). */
  static discard(path: string): void {
    removeIndexFiles(path);
  }

  /** One row of a statement run once. */
  private once<T>(sql: string): T | undefined {
    const st = this.db.prepare(sql);
    try {
      return st.get<T>();
    } finally {
      st.finalize();
    }
  }

  /** Null when the database is a whole index of this version; otherwise why it is not. */
  private check(): string | null {
    try {
      const row = this.once<{ value: string }>("SELECT value FROM sqlite_master, meta WHERE sqlite_master.name = 'meta' AND key = 'schema'");
      if (!row) return 'There was no search index yet.';
      if (row.value !== SCHEMA_VERSION) return `The search index was made by another version of Copydesk (${row.value}).`;
      // A full integrity check reads every page (seconds at newsroom size, with searches waiting), so
      // start-up checks what a cut-off or overwritten file breaks, and damage found later rebuilds then.
      const truncated = truncation(this.path);
      if (truncated) return `The search index was damaged (${truncated}).`;
      this.once("SELECT count(*) FROM article_text WHERE article_text MATCH 'copydesk'");
      this.once('SELECT count(*) FROM articles');
      this.prepareSession();
      return null;
    } catch (e) {
      if (/no such table/i.test((e as Error).message)) return 'There was no search index yet.';
      return `The search index was damaged (${(e as Error).message}).`;
    }
  }

  private prepareSession(): void {
    this.db.exec(`PRAGMA temp_store = MEMORY;
      CREATE TEMP TABLE IF NOT EXISTS hits (rowid INTEGER PRIMARY KEY, score REAL NOT NULL, head INTEGER NOT NULL);`);
  }

  /** A prepared statement kept for the index's life, finalized in close(). */
  private st(sql: string): SqlStatement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.commit();
    } catch {
      this.rollback(); // Nothing lost that the files do not hold: the next start looks again.
    }
    for (const s of this.statements.values()) s.finalize();
    this.statements.clear();
    this.db.close();
  }

  private inTransaction = false;

  /** Starts a transaction if none is open: a crash before `commit` leaves the index as it was before it. */
  begin(): void {
    if (this.inTransaction) return;
    this.db.exec('BEGIN');
    this.inTransaction = true;
  }

  commit(): void {
    if (!this.inTransaction) return;
    this.db.exec('COMMIT');
    this.inTransaction = false;
  }

  rollback(): void {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    try {
      this.db.exec('ROLLBACK');
    } catch {
      // The failure already ended the transaction.
    }
  }

  get transactionOpen(): boolean {
    return this.inTransaction;
  }

  /** True once every file of the library has been indexed at least once (a fresh index is not, until its first build ends). */
  get complete(): boolean {
    return this.st("SELECT value FROM meta WHERE key = 'complete'").get<{ value: string }>()?.value === '1';
  }

  set complete(value: boolean) {
    this.st("UPDATE meta SET value = ? WHERE key = 'complete'").run([value ? '1' : '0']);
  }

  counts(): { indexed: number; unreadable: number } {
    const indexed = this.st('SELECT count(*) AS n FROM articles').get<{ n: number }>()!.n;
    const unreadable = this.st('SELECT count(*) AS n FROM unreadable').get<{ n: number }>()!.n;
    return { indexed, unreadable };
  }

  /** What the index knows of each file, readable or not, to tell which files changed. */
  files(): Map<string, FileState> {
    const out = new Map<string, FileState>();
    for (const table of ['articles', 'unreadable']) {
      for (const r of this.st(`SELECT file, hash, size, mtime_ms FROM ${table}`).all<{ file: string; hash: string; size: number; mtime_ms: number }>()) {
        out.set(r.file, { hash: r.hash, size: r.size, mtimeMs: r.mtime_ms });
      }
    }
    return out;
  }

  /** The file's bytes are the ones indexed, but its size or time changed (a copy, a touch): remember the new ones. */
  touch(file: string, state: FileState): void {
    for (const table of ['articles', 'unreadable']) {
      this.st(`UPDATE ${table} SET size = ?, mtime_ms = ? WHERE file = ?`).run([state.size, state.mtimeMs, file]);
    }
  }

  remove(file: string): void {
    const row = this.st('SELECT rowid FROM articles WHERE file = ?').get<{ rowid: number }>([file]);
    if (row) {
      this.st('DELETE FROM article_text WHERE rowid = ?').run([row.rowid]);
      this.st('DELETE FROM sources WHERE article = ?').run([row.rowid]);
      this.st('DELETE FROM quotations WHERE article = ?').run([row.rowid]);
      this.st('DELETE FROM articles WHERE rowid = ?').run([row.rowid]);
    }
    this.st('DELETE FROM unreadable WHERE file = ?').run([file]);
  }

  /** Records a file that is not a readable article, so it is not reread until it changes. */
  putUnreadable(file: string, state: FileState, reason: string): void {
    this.remove(file);
    this.st('INSERT INTO unreadable (file, hash, size, mtime_ms, reason) VALUES (?, ?, ?, ?, ?)').run([file, state.hash, state.size, state.mtimeMs, reason]);
  }

  /** Indexes (or reindexes) one article file. */
  put(file: string, state: FileState, r: ArticleRecord): void {
    this.remove(file);
    const { lastInsertRowid } = this.st(
      `INSERT INTO articles (file, hash, size, mtime_ms, id, headline, dek, byline, slug, status, desk, assignee,
        created_at, updated_at, words, unverified, open_comments, pending_suggestions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run([
      file, state.hash, state.size, state.mtimeMs, r.id, r.headline, r.dek, r.byline, r.slug, r.status, r.desk, r.assignee,
      r.createdAt, r.updatedAt, r.words, r.unverifiedClaims, r.openComments, r.pendingSuggestions,
    ]);
    const rowid = Number(lastInsertRowid);
    this.st(`INSERT INTO article_text (rowid, ${INDEX_COLUMNS.join(', ')}) VALUES (?, ${INDEX_COLUMNS.map(() => '?').join(', ')})`).run([
      rowid,
      ...INDEX_COLUMNS.map((c) => r.text[c]),
    ]);
    const source = this.st('INSERT INTO sources (article, source_id, person, name, title, affiliation, standing) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const s of r.sources) source.run([rowid, s.id, s.key, s.name, s.title, s.affiliation, s.standing]);
    const quotation = this.st('INSERT INTO quotations (article, source_id, quotation_id, ord, text) VALUES (?, ?, ?, ?, ?)');
    for (const q of r.quotations) quotation.run([rowid, q.sourceId, q.quotationId, q.index, q.text]);
  }

  /** Answers a search: ranked, filtered, sorted, paged, with snippets and facet counts. Never throws for a bad query. */
  query(req: SearchRequestParsed): Omit<SearchAnswer, 'index'> {
    const parsed = parseQuery(req.text);
    const notices = [...parsed.notices];
    const empty = { hits: [], total: 0, offset: req.offset, facets: null, terms: parsed.highlight, notices };
    const ranked = parsed.match !== null;
    const searched = ranked || parsed.exclude !== null;
    if (!searched && req.text.trim() !== '') notices.push('There were no words to search for, so every article is listed.');
    try {
      if (searched) this.fillHits(parsed.match, parsed.exclude, parsed.headlineMatch);
    } catch (e) {
      if (isCorruption(e)) throw e;
      // The parser quotes every word, so FTS5 should never refuse one; if it does, say so rather than fail.
      notices.push(`This search could not be run (${(e as Error).message}). Try fewer or simpler words.`);
      return empty;
    }
    const from = searched ? 'hits h JOIN articles a ON a.rowid = h.rowid' : 'articles a';
    const clauses = filterClauses(req.filters);
    const all = where(clauses);
    const { total, facets } = this.count(from, clauses, req.filters, req.facets);
    const rows = this.select<Row>(
      `SELECT a.rowid, a.file, a.id, a.headline, a.dek, a.byline, a.status, a.desk, a.assignee, a.created_at, a.updated_at,
        a.mtime_ms, a.words, a.unverified, a.open_comments, a.pending_suggestions
       FROM ${from} ${all.sql} ORDER BY ${orderBy(req, ranked)} LIMIT ? OFFSET ?`,
      [...all.params, req.limit, req.offset],
    );
    const hits = rows.map((r) => this.hit(r, ranked ? parsed.match : null));
    return { hits, total, offset: req.offset, facets, terms: parsed.highlight, notices };
  }

  private select<T>(sql: string, params: SqlValue[]): T[] {
    // Filters vary per request: these statements are not worth keeping.
    const s = this.db.prepare(sql);
    try {
      return s.all<T>(params);
    } finally {
      s.finalize();
    }
  }

  private fillHits(match: string | null, exclude: string | null, headlineMatch: string | null): void {
    this.st('DELETE FROM hits').run();
    if (match) {
      const weights = INDEX_COLUMNS.map((c) => WEIGHTS[c].toFixed(1)).join(', ');
      this.st(`INSERT INTO hits (rowid, score, head) SELECT rowid, bm25(article_text, ${weights}), 0 FROM article_text WHERE article_text MATCH ?`).run([match]);
      if (headlineMatch) this.st('UPDATE hits SET head = 1 WHERE rowid IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)').run([headlineMatch]);
    } else if (exclude) {
      this.st('INSERT INTO hits (rowid, score, head) SELECT rowid, 0, 0 FROM articles WHERE rowid NOT IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)').run([exclude]);
    }
  }

  /**
   * The number of matches and, when asked, the facet counts, from one pass: the matches grouped by
   * every facet at once under the other filters, then added up per facet, each ignoring its own filter.
   */
  private count(from: string, clauses: Clause[], filters: SearchFilters, withFacets: boolean): { total: number; facets: SearchFacets | null } {
    if (!withFacets) {
      const w = where(clauses);
      return { total: this.select<{ n: number }>(`SELECT count(*) AS n FROM ${from} ${w.sql}`, w.params)[0].n, facets: null };
    }
    const w = where(clauses.filter((c) => c.facet === null));
    const groups = this.select<Record<FacetName, string> & { n: number }>(
      `SELECT a.status, a.desk, a.assignee, a.byline, count(*) AS n FROM ${from} ${w.sql} GROUP BY a.status, a.desk, a.assignee, a.byline`,
      w.params,
    );
    const chosen = (f: FacetName, g: Record<FacetName, string>) => !filters[f]?.length || filters[f]!.includes(g[f]);
    const tallies = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
    let total = 0;
    for (const g of groups) {
      const passes = FACETS.filter((f) => chosen(f, g));
      if (passes.length === FACETS.length) total += g.n;
      for (const f of FACETS) {
        // A group counts for a facet when every other facet's filter lets it through.
        if (passes.length === FACETS.length || (passes.length === FACETS.length - 1 && !passes.includes(f))) {
          tallies[f].set(g[f], (tallies[f].get(g[f]) ?? 0) + g.n);
        }
      }
    }
    const sorted = (m: Map<string, number>) =>
      [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).slice(0, 100);
    return { total, facets: { status: sorted(tallies.status), desk: sorted(tallies.desk), assignee: sorted(tallies.assignee), byline: sorted(tallies.byline) } };
  }

  private hit(r: Row, match: string | null): SearchHit {
    let headline = { text: r.headline, highlights: [] as { start: number; end: number }[] };
    let snippet: Snippet | null = null;
    if (match) {
      // The body first: most matches are there, and the other columns cost a pass each.
      const [body, ...rest] = SNIPPET_COLUMNS;
      const first = this.snippets(match, r.rowid, [body], true);
      if (first) {
        headline = unmark(first.headline ?? r.headline);
        let found = first;
        if (!(first[body.column] ?? '').includes(MARK_OPEN)) found = { ...first, ...this.snippets(match, r.rowid, rest, false) };
        const best = SNIPPET_COLUMNS.find((c) => (found[c.column] ?? '').includes(MARK_OPEN));
        // Matched in the headline alone: show the start of the text, as a reader would see it.
        const chosen = best ?? SNIPPET_COLUMNS.find((c) => (found[c.column] ?? '').trim() !== '') ?? body;
        snippet = { field: chosen.field, ...unmark(found[chosen.column] ?? '') };
      }
    }
    return {
      file: r.file,
      id: r.id,
      headline: headline.text,
      headlineHighlights: headline.highlights,
      dek: r.dek,
      byline: r.byline,
      status: r.status,
      desk: r.desk,
      assignee: r.assignee,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      modifiedMs: r.mtime_ms,
      words: r.words,
      unverifiedClaims: r.unverified,
      openComments: r.open_comments,
      pendingSuggestions: r.pending_suggestions,
      snippet,
    };
  }

  private snippets(match: string, rowid: number, columns: typeof SNIPPET_COLUMNS, withHeadline: boolean): Record<string, string> | undefined {
    const cols = columns.map((c) => `snippet(article_text, ${INDEX_COLUMNS.indexOf(c.column)}, '${MARK_OPEN}', '${MARK_CLOSE}', '…', ${c.tokens}) AS ${c.column}`);
    if (withHeadline) cols.unshift(`highlight(article_text, 0, '${MARK_OPEN}', '${MARK_CLOSE}') AS headline`);
    return this.st(`SELECT ${cols.join(', ')} FROM article_text WHERE article_text MATCH ? AND rowid = ?`).get<Record<string, string>>([match, rowid]);
  }

  /**
   * Every article quoting a source, found by its id and by its name (the same person under another
   * id in another article), newest first, with the quotations. From the index alone.
   */
  quotedElsewhere(req: { sourceId?: string; name?: string; excludeFile?: string; limit: number }): QuotedElsewhereArticle[] {
    const id = req.sourceId?.trim() ?? '';
    const people = new Set<string>();
    if (req.name) people.add(personKey(req.name));
    if (id) for (const r of this.st('SELECT DISTINCT person FROM sources WHERE source_id = ?').all<{ person: string }>([id])) people.add(r.person);
    people.delete('');
    const persons = [...people].slice(0, 50);
    const conditions = [...(id ? ['s.source_id = ?'] : []), ...(persons.length ? [inList('s.person', persons)] : [])];
    if (!conditions.length) return [];
    const rows = this.select<{
      article: number; source_id: string; name: string; title: string; affiliation: string; standing: string;
      file: string; headline: string; status: string; created_at: string; updated_at: string;
    }>(
      `SELECT s.article, s.source_id, s.name, s.title, s.affiliation, s.standing, a.file, a.headline, a.status, a.created_at, a.updated_at
       FROM sources s JOIN articles a ON a.rowid = s.article
       WHERE (${conditions.join(' OR ')}) ORDER BY a.updated_at DESC, a.file`,
      [...(id ? [id] : []), ...persons],
    );
    const byArticle = new Map<number, QuotedElsewhereArticle>();
    const quotes = this.st('SELECT quotation_id, ord, text FROM quotations WHERE article = ? AND source_id = ? ORDER BY ord');
    for (const r of rows) {
      if (r.file === req.excludeFile) continue;
      const quotations = quotes.all<{ quotation_id: string | null; ord: number; text: string }>([r.article, r.source_id]).map((q) => ({
        quotationId: q.quotation_id,
        index: q.ord,
        text: q.text,
      }));
      const known = byArticle.get(r.article);
      if (known) {
        known.quotations.push(...quotations);
        known.quotations.sort((a, b) => a.index - b.index);
        continue;
      }
      if (!quotations.length) continue;
      if (byArticle.size >= req.limit) break;
      byArticle.set(r.article, {
        file: r.file,
        headline: r.headline,
        status: r.status,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        source: { id: r.source_id, name: r.name, title: r.title, affiliation: r.affiliation, standing: r.standing },
        matchedBy: id && r.source_id === id ? 'id' : 'name',
        quotations,
      });
    }
    return [...byArticle.values()];
  }
}
