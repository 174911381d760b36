import { describe, expect, it } from 'vitest';
import { scoreFixtures, type SetScore } from './accuracy-score';

/**
 * A floor under the importer's accuracy on the hand-labelled articles: thresholds a regression would
 * break, not the figures themselves (`npm run bench` prints those, tuning and held-out apart).
 */
function print(label: string, s: SetScore, perArticle: boolean): void {
  console.log(`Import accuracy, ${label}: ${s.rows.length} articles`);
  // The held-out articles are reported in total only, so nobody fixes the importer against one of them.
  if (perArticle)
    console.table(
    s.rows.map((r) => ({
      article: r.name,
      labelled: r.labelled,
      predicted: r.predicted,
      correct: r.correct,
      headline: r.headlineOk ? 'ok' : 'WRONG',
      sections: `${r.sectionsFound}/${r.sectionsLabelled}`,
      lost: r.lost.length,
    })),
  );
  console.log(
    `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  headlines ${s.headlines.toFixed(3)}  sections ${s.sectionRecall.toFixed(3)}  titles ${s.titles.toFixed(3)}  paragraphs lost ${s.paragraphsLost}`,
  );
}

describe('import accuracy over the hand-labelled articles', () => {
  const tuning = scoreFixtures('tuning');
  const heldOut = scoreFixtures('heldOut');

  it('has a tuning set and a held-out third', () => {
    print('tuning set', tuning, true);
    print('held-out set (totals only)', heldOut, false);
    expect(tuning.rows.length + heldOut.rows.length).toBeGreaterThanOrEqual(50);
    // A third of the articles there were at the split (01–50); articles added to tuning later do not grow it.
    const atSplit = tuning.rows.filter((r) => Number(r.name.slice(0, 2)) <= 50).length + heldOut.rows.length;
    expect(heldOut.rows.length).toBeGreaterThanOrEqual(Math.floor(atSplit / 3));
  });

  it.each([
    ['tuning', tuning, { precision: 0.95, recall: 0.92, headlines: 0.95, sections: 0.95, titles: 0.8 }],
    // Below the targets (0.97, 0.92, 95 %): these floors sit under what the held-out third scores today.
    ['held-out', heldOut, { precision: 0.8, recall: 0.75, headlines: 0.65, sections: 0.3, titles: 0.4 }],
  ] as const)('keeps the %s figures above their floor', (_, s, floor) => {
    expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(s.headlines).toBeGreaterThanOrEqual(floor.headlines);
    expect(s.sectionRecall).toBeGreaterThanOrEqual(floor.sections);
    expect(s.titles).toBeGreaterThanOrEqual(floor.titles);
  });

  it('loses no paragraph of the original copy in a tuning article, and in at most one held-out article', () => {
    expect(tuning.rows.filter((r) => r.lost.length).map((r) => `${r.name}: ${r.lost[0]}`)).toEqual([]);
    expect(heldOut.articlesLosing).toBeLessThanOrEqual(1);
  });
});
