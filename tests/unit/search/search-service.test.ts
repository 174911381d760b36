import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { LibraryService } from '../../../src/main/library/library-service';
import { searchHandlers } from '../../../src/main/search/search-handlers';
import { SearchService } from '../../../src/main/search/search-service';
import { LibraryWatcher } from '../../../src/main/watcher/library-watcher';
import { serializeArticle } from '../../../src/shared/article/file-format';
import type { IndexStatus } from '../../../src/shared/ipc/channels/search';
import { dispatch, type Handlers } from '../../../src/shared/ipc/dispatch';
import { doc, makeArticle, p } from '../helpers/doc-builder';
import { newsroom, tempLibrary, writeArticle } from './support';

/**
 * The service as the app runs it: the index in a worker thread, fed by the library service's listings
 * (saves, renames, other programs' changes through the watcher), answering through the IPC handlers.
 */

// Generous: on a loaded two-core machine a worker under tsx takes seconds to start and to get CPU.
async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(v).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function running(root: string, data: string) {
  const library = new LibraryService(root, data);
  await library.start();
  const progress: IndexStatus[] = [];
  const search = new SearchService({
    libraryRoot: root,
    dataDir: data,
    onLibraryChange: (listener) => library.onDidChange((listing) => listener(listing.articles)),
    emit: (s) => progress.push(s),
  });
  await search.start();
  search.libraryChanged((await library.list()).articles);
  onTestFinished(() => search.stop());
  const handlers = searchHandlers(search) as unknown as Handlers;
  const call = async (channel: keyof ReturnType<typeof searchHandlers>, payload: unknown) => dispatch(handlers, channel, payload);
  const ready = () => until('the index to be ready', () => search.status(), (s) => s.state === 'ready');
  const files = async (text: string) => (await search.query({ text, filters: {}, sort: 'relevance', offset: 0, limit: 50, facets: false })).hits.map((h) => h.file);
  return { library, search, progress, call, ready, files };
}

describe('the search service', { timeout: 180_000 }, () => {
  it('builds in the background with progress, saying so in its answers until it is complete', async () => {
    const { root, data } = tempLibrary();
    for (let i = 0; i < 300; i++) {
      const words = Array.from({ length: 400 }, (_, w) => `word${(i * 7 + w) % 97}`).join(' ');
      writeArticle(root, `story-${i}.article.json`, makeArticle({ id: `s${i}`, headline: `Story ${i} about ferries`, body: doc(p(words)) }));
    }
    const { call, progress, ready } = await running(root, data);
    const early = await call('search.query', { text: 'ferries' });
    expect(early.ok).toBe(true);
    const answer = (early as { value: { total: number; index: IndexStatus } }).value;
    if (!answer.index.complete) {
      expect(answer.index.message).toMatch(/^Building the search index… [\d,]+ of 300 files read\. Results so far come from the [\d,]+ articles? indexed\.$/);
      expect(answer.total).toBe(answer.index.indexed);
    }
    await ready();
    expect(progress[0]).toMatchObject({ state: 'rebuilding', complete: false });
    expect(progress.at(-1)).toMatchObject({ state: 'ready', indexed: 300, complete: true });
    const done = progress.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const full = await call('search.query', { text: 'ferries', limit: 10 });
    expect(full).toMatchObject({ ok: true, value: { total: 300, index: { complete: true } } });
  });

  it('follows saves, renames and other programs’ changes through the library’s listings', async () => {
    const { root, data } = tempLibrary();
    newsroom(root);
    const { library, ready, files } = await running(root, data);
    await ready();
    const opened = await library.open('court.article.json');
    await library.save(opened.file, { ...opened.article, headline: 'Court adjourns the harbour case' }, opened.hash, false);
    await until('the save to be searchable', () => files('adjourns'), (f) => f.length === 1);
    const budget = await library.open('budget.article.json');
    const renamed = await library.save(budget.file, { ...budget.article, slug: 'budget-gap' }, budget.hash, false);
    expect(renamed.file).toBe('budget-gap.article.json');
    expect(await until('the rename', () => files('budget'), (f) => f[0] === 'budget-gap.article.json')).toEqual(['budget-gap.article.json']);

    const watcher = new LibraryWatcher(library, () => undefined, { intervalMs: 60_000 });
    await watcher.start();
    onTestFinished(() => watcher.stop());
    writeFileSync(join(root, 'court.article.json'), serializeArticle(makeArticle({ id: 'court', headline: 'Edited elsewhere: lighthouse sold' })));
    await watcher.check();
    await until('the external edit', () => files('lighthouse'), (f) => f.length === 1);
    expect(await files('adjourns')).toEqual([]);
    await library.moveAside('court.article.json');
    await until('the file moved aside', () => files('lighthouse'), (f) => f.length === 0);
  });

  it('answers hostile queries with results or notices, and keeps running', async () => {
    const { root, data } = tempLibrary();
    newsroom(root);
    const { call, ready } = await running(root, data);
    await ready();
    for (const text of ['"unbalanced', 'NEAR(ferry', 'nosuch:ferry', '\u0000ferry\u0000', '.*[(?<=x)]+$', 'x'.repeat(10_000), ':', '-', '*', '"', 'AND OR NOT']) {
      const r = await call('search.query', { text });
      expect(r.ok, text.slice(0, 30)).toBe(true);
    }
    const tooLong = await call('search.query', { text: 'x'.repeat(30_000) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('search.quotedElsewhere', {})).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('Say which source') } });
    const nul = await call('search.query', { text: '\u0000ferry\u0000' });
    expect(nul).toMatchObject({ ok: true, value: { total: 2 } });
    expect(await call('search.status', {})).toMatchObject({ ok: true, value: { state: 'ready' } });
  });

  it('rebuilds a damaged index on start, and on request', async () => {
    const { root, data } = tempLibrary();
    newsroom(root);
    const first = await running(root, data);
    await first.ready();
    await first.search.stop();
    writeFileSync(first.search.indexPath, Buffer.alloc(16384, 7));
    const second = await running(root, data);
    expect(second.progress[0] ?? (await second.search.status())).toMatchObject({ complete: false });
    await second.ready();
    expect(await second.files('ferry')).toEqual(['ferry-vote.article.json', 'budget.article.json']);
    const rebuilt = await second.call('search.rebuild', {});
    expect(rebuilt).toMatchObject({ ok: true, value: { state: 'rebuilding' } });
    await second.ready();
    expect(await second.files('ferry')).toEqual(['ferry-vote.article.json', 'budget.article.json']);
  });

  it('starts its worker again if it dies, and closes the index on stop', async () => {
    const { root, data } = tempLibrary();
    newsroom(root);
    const { search, ready, files } = await running(root, data);
    await ready();
    await (search as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await until('the worker to come back', () => search.status().catch(() => search.lastStatus), (s) => s.state === 'ready');
    expect(await files('harbour')).toEqual(['court.article.json', 'ferry-vote.article.json']);
    await search.stop();
    expect(existsSync(`${search.indexPath}.owner`)).toBe(false);
    await expect(search.status()).rejects.toThrow('Search is not running.');
  });
});
