import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryService } from '../src/main/library/library-service';
import type { DocNode } from '../src/shared/article/model';
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
    return [
      { name: `list ${N} articles, index rebuilt from files`, value: cold, unit: 'ms' },
      { name: `list ${N} articles, index warm`, value: warm, unit: 'ms' },
      { name: 'save a 20,000-word article (atomic, fsync)', value: save, unit: 'ms' },
    ];
  } finally {
    rmSync(lib, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}
