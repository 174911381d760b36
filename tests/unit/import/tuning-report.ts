import { scoreFixtures } from './accuracy-score';

/**
 * Every miss on the tuning articles, for whoever works on the importer: `npx tsx
 * tests/unit/import/tuning-report.ts`. It never scores the held-out third, so looking at its output
 * while fixing cannot leak held-out articles into the rules.
 */
const s = scoreFixtures('tuning');
for (const r of s.rows) {
  const lines = [...r.notes, ...r.wrong.map((w) => `wrong: ${w}`), ...r.misses.map((m) => `missed: ${m}`), ...r.lost.map((l) => `lost: ${l.slice(0, 80)}`)];
  if (lines.length) process.stdout.write(`${r.name}\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
}
const pct = (x: number) => x.toFixed(3);
process.stdout.write(
  `\nTUNING (${s.rows.length} articles): precision ${pct(s.precision)} recall ${pct(s.recall)} headlines ${pct(s.headlines)} sections ${pct(s.sectionRecall)} titles ${pct(s.titles)} paragraphs lost ${s.paragraphsLost} (in ${s.articlesLosing} articles)\n`,
);
