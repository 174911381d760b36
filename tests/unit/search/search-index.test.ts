import { readFileSync, renameSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWasmDatabase } from '../../../src/main/search/sqlite';
import { LibraryIndex } from '../../../src/main/search/library-index';
import { claim, doc, makeArticle, p, section } from '../helpers/doc-builder';
import { ask, builtIndex, filesFor, newsroom, tempLibrary, writeArticle } from './support';

/** The index over a real library folder: what is found, how it ranks, filters and pages, and what is never indexed. */

describe('the SQLite adapter', () => {
  it('has FTS5 with a tokenizer that folds case and accents (Martínez = martinez = MARTINEZ)', () => {
    const db = openWasmDatabase(':memory:');
    try {
      db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')");
      const insert = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
      insert.run([1, 'Ana Martínez, São Paulo, Ærø café']);
      insert.run([2, 'Nothing here']);
      insert.finalize();
      const find = db.prepare('SELECT rowid FROM t WHERE t MATCH ?');
      for (const q of ['martinez', 'MARTINEZ', 'Martínez', 'sao', 'CAFE', 'café']) expect(find.all<{ rowid: number }>([q]).map((r) => r.rowid), q).toEqual([1]);
      find.finalize();
    } finally {
      db.close();
    }
  });
});

describe('searching a library', () => {
  it('finds words anywhere in an article, ignoring accents and case, headline matches first', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    const index = builtIndex(root, dbPath);
    expect(index.status()).toMatchObject({ state: 'ready', indexed: 3, complete: true, message: '3 articles indexed.' });
    // "ferry" is in the first one's headline and the second's body (twice, as "ferries" once).
    expect(filesFor(index, 'ferry')).toEqual(['ferry-vote.article.json', 'budget.article.json']);
    expect(filesFor(index, 'MARTINEZ')).toEqual(expect.arrayContaining(['ferry-vote.article.json', 'budget.article.json']));
    expect(filesFor(index, 'islanders')).toEqual(['ferry-vote.article.json']); // the dek
    expect(filesFor(index, 'reaction')).toEqual(['ferry-vote.article.json']); // a section title
    expect(filesFor(index, 'breathes')).toEqual(['ferry-vote.article.json']); // a quotation and its pull quote
    expect(filesFor(index, 'economist')).toEqual(['budget.article.json']); // a source's title
    expect(filesFor(index, 'harbour')).toEqual(['court.article.json', 'ferry-vote.article.json']); // headline before an affiliation
  });

  it('reads phrases, prefixes, exclusions, OR and fields', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    const index = builtIndex(root, dbPath);
    expect(filesFor(index, '"late ferry"')).toEqual(['ferry-vote.article.json']);
    expect(filesFor(index, '"ferry late"')).toEqual([]);
    expect(filesFor(index, 'ferr*').sort()).toEqual(['budget.article.json', 'ferry-vote.article.json']);
    expect(filesFor(index, 'ferry -budget')).toEqual(['ferry-vote.article.json']);
    expect(filesFor(index, '-ferry')).toEqual(['court.article.json']);
    expect(filesFor(index, 'court OR budget').sort()).toEqual(['budget.article.json', 'court.article.json']);
    expect(filesFor(index, 'headline:ferry')).toEqual(['ferry-vote.article.json']);
    expect(filesFor(index, 'byline:sam')).toEqual(['budget.article.json']);
    expect(filesFor(index, 'source:martinez').sort()).toEqual(['budget.article.json', 'ferry-vote.article.json']);
    expect(filesFor(index, 'section:reaction')).toEqual(['ferry-vote.article.json']);
    expect(filesFor(index, 'headline:reaction')).toEqual([]);
  });

  it('gives each hit a snippet and headline with the matched words as offsets', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    const index = builtIndex(root, dbPath);
    const answer = ask(index, 'ferry');
    const [first, second] = answer.hits;
    expect(first.headline.slice(first.headlineHighlights[0].start, first.headlineHighlights[0].end)).toBe('ferry');
    expect(second.snippet?.field).toBe('body');
    const words = second.snippet!.highlights.map((h) => second.snippet!.text.slice(h.start, h.end).toLowerCase());
    expect(words).toContain('ferry');
    expect(answer.terms).toEqual([{ word: 'ferry', prefix: false }]);
  });

  it('filters, counts facets ignoring their own filter, sorts and pages', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    const index = builtIndex(root, dbPath);
    const byStatus = ask(index, { text: '', filters: { status: ['draft', 'published'] }, sort: 'created', order: 'asc' });
    expect(byStatus.hits.map((h) => h.file)).toEqual(['court.article.json', 'budget.article.json']);
    expect(byStatus.total).toBe(2);
    // The status chips still show every status, so choosing another one is possible.
    expect(byStatus.facets!.status).toEqual(expect.arrayContaining([{ value: 'in-edit', count: 1 }, { value: 'draft', count: 1 }]));
    expect(byStatus.facets!.byline).toEqual([{ value: 'By Jo Reporter', count: 1 }, { value: 'By Sam Editor', count: 1 }]);
    expect(filesFor(index, { text: '', filters: { byline: ['By Jo Reporter'] }, sort: 'headline' })).toEqual(['ferry-vote.article.json', 'court.article.json']);
    expect(filesFor(index, { text: '', filters: { updatedFrom: '2026-02-01', updatedTo: '2026-03-02' }, sort: 'modified' }).sort()).toEqual([
      'budget.article.json',
      'ferry-vote.article.json',
    ]);
    expect(filesFor(index, { text: '', filters: { updatedTo: '2026-01-06' } })).toEqual(['court.article.json']);
    expect(filesFor(index, { text: '', sort: 'status' })).toEqual(['budget.article.json', 'ferry-vote.article.json', 'court.article.json']);
    const page = ask(index, { text: '', sort: 'headline', offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1, hits: [{ headline: 'Council keeps the late ferry' }] });
    expect(ask(index, { text: '', facets: false }).facets).toBeNull();
  });

  it('filters on unverified claims', () => {
    const { root, dbPath } = tempLibrary();
    writeArticle(root, 'checked.article.json', makeArticle({ id: 'c1', headline: 'Checked', body: doc(p(claim('Fares rose 12%', 'k1'))), claims: [{ id: 'k1', status: 'verified' }] }));
    writeArticle(root, 'unchecked.article.json', makeArticle({ id: 'c2', headline: 'Unchecked', body: doc(p(claim('Fares rose 40%', 'k2'))), claims: [{ id: 'k2' }] }));
    const index = builtIndex(root, dbPath);
    expect(filesFor(index, { text: '', filters: { hasUnverifiedClaims: true } })).toEqual(['unchecked.article.json']);
    expect(filesFor(index, { text: '', filters: { hasUnverifiedClaims: false } })).toEqual(['checked.article.json']);
    expect(filesFor(index, 'claim:40')).toEqual(['unchecked.article.json']);
  });

  it('never indexes a source’s private contact details or notes', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    const index = builtIndex(root, dbPath);
    for (const q of ['7700', '900123', 'sister', '"after six"', 'prefers']) expect(filesFor(index, q), q).toEqual([]);
    index.close();
    // Not in the database file at all, in any table.
    const bytes = readFileSync(dbPath).toString('latin1');
    expect(bytes).toContain('Harbour Users Group');
    expect(bytes).not.toContain('900123');
    expect(bytes).not.toContain('sister works');
  });

  it('lists unreadable files in its status and never searches them', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    writeFileSync(join(root, 'cut-off.article.json'), '{"schemaVersion": 1, "headline": "Secret ferry');
    writeFileSync(join(root, 'notes.txt'), 'ferry ferry ferry');
    const index = builtIndex(root, dbPath);
    expect(index.status()).toMatchObject({ indexed: 3, unreadable: 1, message: '3 articles indexed. 1 file could not be read and is not searchable.' });
    expect(filesFor(index, 'secret')).toEqual([]);
  });

  it('follows saves, renames and deletions, and the folder after a restart', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    let index = builtIndex(root, dbPath);
    writeArticle(root, 'court.article.json', makeArticle({ id: 'court', headline: 'Court adjourns harbour case' }));
    renameSync(join(root, 'budget.article.json'), join(root, 'budget-gap.article.json'));
    index.prioritise(['court.article.json', 'budget.article.json', 'budget-gap.article.json']);
    index.finish();
    expect(filesFor(index, 'adjourns')).toEqual(['court.article.json']);
    expect(filesFor(index, 'budget')).toEqual(['budget-gap.article.json']);
    index.close();
    // While closed: one deleted, one added. Opening again notices both.
    unlinkSync(join(root, 'court.article.json'));
    writeArticle(root, 'new.article.json', makeArticle({ id: 'new', headline: 'Newly filed ferry story' }));
    index = builtIndex(root, dbPath);
    expect(filesFor(index, 'adjourns')).toEqual([]);
    expect(filesFor(index, 'newly')).toEqual(['new.article.json']);
  });
});

describe('quoted elsewhere', () => {
  it('finds every article quoting a person, by id and by name under another id, with the quotations', () => {
    const { root, dbPath } = tempLibrary();
    newsroom(root);
    const index = builtIndex(root, dbPath);
    const found = index.quotedElsewhere({ sourceId: 'src-ana', name: 'Ana Martínez', limit: 10 });
    expect(found.index.complete).toBe(true);
    expect(found.articles).toEqual([
      expect.objectContaining({ file: 'ferry-vote.article.json', matchedBy: 'id', quotations: [{ quotationId: 'q-ana-1', index: 0, text: '“the island breathes again”' }] }),
      expect.objectContaining({ file: 'budget.article.json', matchedBy: 'name', updatedAt: '2026-02-10T09:00:00.000Z', quotations: [{ quotationId: 'q-ana-2', index: 0, text: '“ferries will be next”' }] }),
    ]);
    // From the article itself, the other articles only; by id alone, the name is looked up in the index.
    expect(index.quotedElsewhere({ sourceId: 'src-ana', excludeFile: 'ferry-vote.article.json', limit: 10 }).articles.map((a) => a.file)).toEqual(['budget.article.json']);
    expect(index.quotedElsewhere({ name: 'nobody at all', limit: 10 }).articles).toEqual([]);
  });

  it('never takes two unnamed sources for one person', () => {
    const { root, dbPath } = tempLibrary();
    for (const id of ['a', 'b']) {
      writeArticle(root, `${id}.article.json`, makeArticle({
        id,
        body: doc(section('x', p(' ', ...[{ type: 'text', text: '“we were told nothing”', marks: [{ type: 'quotation', attrs: { id: `q-${id}`, sourceId: `anon-${id}` } }] }]))),
        sources: [{ id: `anon-${id}`, name: '', standing: 'anonymous', anonymousDescription: 'a senior official' }],
      }));
    }
    const index = builtIndex(root, dbPath);
    expect(index.quotedElsewhere({ sourceId: 'anon-a', name: '', limit: 10 }).articles.map((a) => a.file)).toEqual(['a.article.json']);
  });
});

describe('a damaged index', () => {
  for (const [how, damage] of [
    ['deleted', (path: string) => rmSync(path)],
    ['truncated', (path: string) => truncateSync(path, Math.floor(readFileSync(path).length / 3))],
    ['overwritten with garbage', (path: string) => writeFileSync(path, Buffer.alloc(8192, 0x5a))],
    ['emptied', (path: string) => writeFileSync(path, '')],
  ] as const) {
    it(`is rebuilt from the files when ${how}`, () => {
      const { root, dbPath } = tempLibrary();
      newsroom(root);
      builtIndex(root, dbPath).close();
      damage(dbPath);
      const index = new LibraryIndex(root, dbPath);
      index.open();
      // Until the pass ends the answers say the index is being rebuilt, never that it is complete.
      expect(index.status()).toMatchObject({ state: 'rebuilding', complete: false });
      expect(index.status().message).toMatch(/^(Building|Rebuilding) the search index… 0 of 3 files read\. Results so far come from the 0 articles indexed\.$/);
      index.finish();
      expect(index.status()).toMatchObject({ state: 'ready', indexed: 3 });
      expect(filesFor(index, 'ferry')).toEqual(['ferry-vote.article.json', 'budget.article.json']);
      index.close();
    });
  }
});
