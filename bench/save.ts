import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryService, hashBytes, summarise } from '../src/main/library/library-service';
import { serializeArticle } from '../src/shared/article/file-format';
import type { Article } from '../src/shared/article/model';
import { generateArticle } from '../tests/support/generate-article';
import type { BenchRow } from './run';

const SMOKE = process.env.BENCH_SMOKE === '1';
const SAVE_SIZES = SMOKE ? [200] : [200, 2_000, 20_000, 200_000];
const INDEX_SIZES = SMOKE ? [1_000] : [1_000, 10_000, 50_000];
/** The index file the LibraryService keeps in its data folder. */
const INDEX_FILE = 'library-index.json';

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(0.95 * s.length))];
}

function row(name: string, value: number, peer: number, unit = 'ms'): BenchRow {
  return { name, value, unit, peer, ratio: value / peer };
}

/** Rounds per size: fewer at book length, where one save already takes a while. */
function rounds(words: number): number {
  if (SMOKE) return 2;
  return words >= 200_000 ? 5 : 11;
}

/**
 * One autosave through the real LibraryService (conflict check, backup, temporary file, fsync,
 * rename, summary for the index) against `JSON.stringify` + `fs.writeFile` of the same article in
 * the same folder. Turns alternate between the two, so a burst of load on the machine hits both.
 */
async function saveRow(words: number): Promise<BenchRow> {
  const lib = mkdtempSync(join(tmpdir(), 'cd-bench-save-'));
  const data = mkdtempSync(join(tmpdir(), 'cd-bench-save-data-'));
  try {
    const s = new LibraryService(lib, data);
    await s.start();
    const created = await s.create({ headline: `Save bench ${words}` });
    const article: Article = { ...generateArticle({ words, id: created.article.id }), slug: created.article.slug };
    // The first save gives the file its final name; the timed ones replace it in place, as autosave does.
    let { file, hash } = await s.save(created.file, article, created.hash, false);
    const app: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < rounds(words); i++) {
      const edited: Article = { ...article, headline: `${article.headline} ${i}` };
      app.push(
        await time(async () => {
          ({ file, hash } = await s.save(file, edited, hash, false));
        }),
      );
      plain.push(await time(() => writeFile(join(lib, 'plain.json'), JSON.stringify(edited))));
    }
    await s.stop();
    const label = words.toLocaleString('en-GB');
    return row(`atomic save, ${label} words (peer: JSON.stringify + fs.writeFile), median`, median(app), median(plain));
  } finally {
    rmSync(lib, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

/** An index of `n` entries as the LibraryService keeps them, summarised from one small generated article. */
function indexOf(n: number): unknown {
  const article = generateArticle({ words: 400, id: 'index-bench' });
  const text = serializeArticle(article);
  const base = summarise('index-bench.article.json', article, hashBytes(text), 1_767_225_600_000);
  const entries: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const file = `story-${i}.article.json`;
    const summary = { ...base, id: `story-${i}`, file, slug: `story-${i}`, headline: `${article.headline} ${i}`, modifiedMs: base.modifiedMs + i };
    entries[file] = { file, size: text.length + i, mtimeMs: summary.modifiedMs, summary, bad: null };
  }
  return { version: 2, entries };
}

/**
 * The library index write at `n` entries: a save marks the index changed, and `stop()` writes it
 * (as the two-second timer would), so what is timed is exactly the service's own index write.
 * The peer is `JSON.stringify` + `fs.writeFile` of the same data, read back from the written file.
 */
async function indexRow(n: number): Promise<BenchRow> {
  const lib = mkdtempSync(join(tmpdir(), 'cd-bench-index-'));
  const data = mkdtempSync(join(tmpdir(), 'cd-bench-index-data-'));
  try {
    writeFileSync(join(data, INDEX_FILE), JSON.stringify(indexOf(n)));
    const s = new LibraryService(lib, data);
    await s.start();
    const created = await s.create({ headline: 'Index bench' });
    let { file, hash } = created;
    const count = SMOKE ? 3 : n >= 50_000 ? 10 : 20;
    const app: number[] = [];
    const plain: number[] = [];
    let same: unknown;
    for (let i = 0; i < count; i++) {
      ({ file, hash } = await s.save(file, { ...created.article, headline: `Index bench ${i}`, slug: 'index-bench' }, hash, false));
      app.push(await time(() => s.stop()));
      // Read once: parsing tens of megabytes every round would leave its garbage to the peer's timing.
      same ??= JSON.parse(await readFile(join(data, INDEX_FILE), 'utf8')) as unknown;
      plain.push(await time(() => writeFile(join(data, 'plain.json'), JSON.stringify(same))));
    }
    const label = n.toLocaleString('en-GB');
    return row(`library index write, ${label} entries (peer: JSON.stringify + fs.writeFile), p95 of ${count}`, p95(app), p95(plain));
  } finally {
    rmSync(lib, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

/** Issue 11, row 4: saving an article and writing the library index, against the plain write of the same data. */
export async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const words of SAVE_SIZES) rows.push(await saveRow(words));
  for (const n of INDEX_SIZES) rows.push(await indexRow(n));
  return rows;
}
