import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryService } from '../src/main/library/library-service';
import type { DocNode } from '../src/shared/article/model';
import { serializeArticle } from '../src/shared/article/file-format';
import { newArticle } from '../src/shared/article/model';
import type { BenchRow } from './run';

function bigBody(words: number): DocNode {
  const sentence = 'The council voted on Tuesday to raise ferry fares for the third year running. ';
  const perPara = 60;
  const paras: DocNode[] = [];
  for (let i = 0; i < words / perPara; i++) {
    paras.push({ type: 'paragraph', content: [{ type: 'text', text: sentence.repeat(perPara / 14).trim() }] });
  }
  return { type: 'doc', content: paras };
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

/**
 * One autosave of a 2,000-word article, until the library has told its listeners (the search index,
 * the library view) about it, in a library of `others` other articles: what every pause in typing
 * costs the main process as the library grows. Median of 15.
 */
async function saveAndTell(others: number): Promise<number> {
  const lib = mkdtempSync(join(tmpdir(), 'cd-bench-savelib-'));
  const data = mkdtempSync(join(tmpdir(), 'cd-bench-savedata-'));
  try {
    for (let i = 0; i < others; i++) {
      const a = newArticle({ id: `bench-${i}`, now: '2026-01-01T00:00:00.000Z', headline: `Story ${i}`, byline: 'By Ana Ruiz' });
      writeFileSync(join(lib, `story-${i}.article.json`), serializeArticle({ ...a, body: bigBody(300) }));
    }
    const s = new LibraryService(lib, data);
    await s.start();
    await s.list();
    const created = await s.create({ headline: 'Long read' });
    let { file, hash } = created;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const told = new Promise<void>((resolve) => {
        const off = s.onDidChange(() => (off(), resolve()));
      });
      const t = performance.now();
      const r = await s.save(file, { ...created.article, body: bigBody(2_000 + i) }, hash, false);
      await told;
      times.push(performance.now() - t);
      ({ file, hash } = r);
    }
    await s.stop();
    return times.sort((a, b) => a - b)[7];
  } finally {
    rmSync(lib, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

/** Library figures on a real temporary folder: listing (cold and cached) and saving a long article. */
export async function bench(): Promise<BenchRow[]> {
  const lib = mkdtempSync(join(tmpdir(), 'cd-bench-lib-'));
  const data = mkdtempSync(join(tmpdir(), 'cd-bench-data-'));
  try {
    const s = new LibraryService(lib, data);
    await s.start();
    const N = 500;
    for (let i = 0; i < N; i++) {
      const a = await s.create({ headline: `Story ${i}` });
      await s.save(a.file, { ...a.article, body: bigBody(600) }, a.hash, false);
    }
    const fresh = new LibraryService(lib, mkdtempSync(join(tmpdir(), 'cd-bench-data2-')));
    await fresh.start();
    const cold = await time(() => fresh.list());
    const warm = await time(() => fresh.list());
    const big = await s.create({ headline: 'Long read' });
    const body = bigBody(20_000);
    const save = await time(() => s.save(big.file, { ...big.article, body }, big.hash, false));
    const alone = await saveAndTell(0);
    const crowded = await saveAndTell(5_000);
    return [
      { name: 'autosave told to listeners, library of 5,000 (peer: same save, library of 1)', value: crowded, unit: 'ms', peer: alone, ratio: crowded / alone },
      { name: `list ${N} articles, index rebuilt from files`, value: cold, unit: 'ms' },
      { name: `list ${N} articles, index warm`, value: warm, unit: 'ms' },
      { name: 'save a 20,000-word article (atomic, fsync)', value: save, unit: 'ms' },
    ];
  } finally {
    rmSync(lib, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}
