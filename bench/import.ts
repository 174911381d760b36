import { importText } from '../src/shared/import/import';
import { generateCopy } from '../tests/unit/import/generated-copy';
import { scoreFixtures } from '../tests/unit/import/accuracy-score';
import type { BenchRow } from './run';

function timeImport(bytes: number): number {
  const text = generateCopy(bytes);
  const t = performance.now();
  importText(text);
  return Math.round(performance.now() - t);
}

/** Import accuracy over the hand-labelled articles, and the time to import long generated copy. */
export async function bench(): Promise<BenchRow[]> {
  const { precision, recall } = scoreFixtures();
  return [
    { name: 'import: quotation→speaker precision', value: Number(precision.toFixed(3)), unit: 'ratio' },
    { name: 'import: quotation→speaker recall', value: Number(recall.toFixed(3)), unit: 'ratio' },
    { name: 'import: 1 MB text', value: timeImport(1024 * 1024), unit: 'ms' },
    { name: 'import: 50 MB text', value: timeImport(50 * 1024 * 1024), unit: 'ms' },
  ];
}
