import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIR } from './accuracy-score';

/**
 * Writes tests/fixtures/import/split.json: the labelled articles divided once into a tuning set and a
 * held-out third, by a seeded shuffle so anyone can check the split was not chosen by hand. The 20
 * original fixtures were written and tuned on before the split existed, so they can only be tuning
 * articles; the held-out third is drawn from the real-world articles added with them.
 * Run once: `npx tsx tests/unit/import/make-split.ts`.
 */
const SEED = 20_241_113;

/** mulberry32: a small, well-known 32-bit PRNG, enough to make a shuffle reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const names = readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith('.labels.json'))
  .map((f) => f.replace(/\.labels\.json$/, ''))
  .sort();
// Articles 51 and up were added to the tuning set after the split; they never enter the shuffle.
const LAST_SPLIT = 50;
const added = names.filter((n) => Number(n.slice(0, 2)) > 20 && Number(n.slice(0, 2)) <= LAST_SPLIT);
const original = names.filter((n) => Number(n.slice(0, 2)) <= 20);
const addedToTuning = names.filter((n) => Number(n.slice(0, 2)) > LAST_SPLIT);
const next = random(SEED);
const shuffled = [...added];
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
}
const heldOutCount = Math.round((original.length + added.length) / 3);
const heldOut = shuffled.slice(0, heldOutCount).sort();
const tuning = [...original, ...shuffled.slice(heldOutCount)].sort();
const split = {
  seed: SEED,
  method: 'mulberry32 Fisher–Yates shuffle of the articles numbered 21 and up; the first third of all articles (rounded) is held out',
  tuning,
  heldOut,
  addedToTuning,
  addedToTuningNote:
    'Articles 51 and up were written for this project after the split, to cover the failure classes of issue 13 on the tuning side; they are tuning articles only and never change the held-out third.',
};
writeFileSync(join(FIXTURE_DIR, 'split.json'), `${JSON.stringify(split, null, 2)}\n`);
process.stdout.write(`tuning ${tuning.length}, held-out ${heldOut.length}\n`);
