import { importText } from '../src/shared/import/import';
import { generateCopy } from '../tests/unit/import/generated-copy';
import { scoreFixtures, type FixtureSet } from '../tests/unit/import/accuracy-score';
import type { BenchRow } from './run';

function timeImport(bytes: number): number {
  const text = generateCopy(bytes);
  const t = performance.now();
  importText(text);
  return Math.round(performance.now() - t);
}

/** Accuracy over one set of the hand-labelled articles (tests/fixtures/import/split.json). */
function accuracy(set: FixtureSet, label: string): BenchRow[] {
  const s = scoreFixtures(set);
  const name = (m: string) => `import ${label} (${s.rows.length} articles): ${m}`;
  const ratio = (x: number) => Number(x.toFixed(3));
  return [
    { name: name('quotation→speaker precision'), value: ratio(s.precision), unit: 'ratio' },
    { name: name('quotation→speaker recall'), value: ratio(s.recall), unit: 'ratio' },
    { name: name('headlines exact'), value: ratio(s.headlines), unit: 'ratio' },
    { name: name('section titles found'), value: ratio(s.sectionRecall), unit: 'ratio' },
    { name: name('speaker titles/affiliations right'), value: ratio(s.titles), unit: 'ratio' },
    { name: name('paragraphs lost'), value: s.paragraphsLost, unit: `in ${s.articlesLosing} articles` },
  ];
}

/**
 * Import accuracy on the tuning articles (the ones the rules were fixed on) and, separately, on the
 * held-out third the rules were never looked at against; then the time to import long generated copy.
 */
export async function bench(): Promise<BenchRow[]> {
  return [
    ...accuracy('tuning', 'TUNING set'),
    ...accuracy('heldOut', 'HELD-OUT set'),
    { name: 'import: 1 MB text', value: timeImport(1024 * 1024), unit: 'ms' },
    { name: 'import: 50 MB text', value: timeImport(50 * 1024 * 1024), unit: 'ms' },
  ];
}
