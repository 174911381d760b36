import { describe, expect, it } from 'vitest';
import { scoreFixtures } from './accuracy-score';

describe('quotation attribution accuracy over the hand-labelled articles', () => {
  const { rows, precision, recall } = scoreFixtures();

  it('prints the table', () => {
    const table = rows.map((r) => ({
      article: r.name,
      labelled: r.labelled,
      predicted: r.predicted,
      correct: r.correct,
      headline: r.headlineOk ? 'ok' : 'WRONG',
      sections: r.sectionsOk ? 'ok' : 'WRONG',
    }));
    console.log(`Import accuracy over ${rows.length} articles`);
    console.table(table);
    console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}`);
    for (const r of rows) for (const w of [...r.wrong, ...r.misses.map((m) => `missed: ${m}`)]) console.log(`  ${r.name}: ${w}`);
    expect(rows.length).toBeGreaterThanOrEqual(12);
  });

  it('attributes quotations with precision ≥ 0.95 and recall ≥ 0.90', () => {
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(rows.map((r) => [r.name, r] as const))('finds the headline and section headings of %s exactly', (_, r) => {
    expect(r.headlineOk).toBe(true);
    expect(r.sectionsOk).toBe(true);
  });
});
