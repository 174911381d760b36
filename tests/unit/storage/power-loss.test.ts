import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_MARKER, sweepTempFiles, writeFileAtomic } from '../../../src/main/storage/atomic-write';
import { Journal } from '../../../src/main/storage/journal';
import { AtomicJsonAdapter } from '../../../src/main/storage/lowdb-adapter';
import { RecordingFs } from '../../../src/main/storage/recording-fs';
import type { StorageFs } from '../../../src/main/storage/storage-fs';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { article } from './support/articles';
import { SimulatedDisk, type DiskState } from './support/simulated-disk';
import { tempDir } from './support/temp-dir';

/**
 * Power-loss simulation: a save runs once on a real folder through a recording file system; then,
 * for every prefix of its operation log, the simulated disk lists what a power cut at that point
 * could leave, each possibility is written into a fresh folder, start-up recovery runs there, and
 * the result must be exactly the old or the new version.
 */

interface Scenario {
  name: string;
  /** Puts the durable starting state in place; only `save` is recorded. */
  prepare(dir: string): Promise<void>;
  save(dir: string, fs: StorageFs): Promise<void>;
  /** Checks a recovered folder; `complete` when the power cut came after the save returned. */
  check(dir: string, complete: boolean): Promise<void>;
}

const older = serializeArticle(article('a1', 'Flood warning', 'Rain expected.'));
const old = serializeArticle(article('a1', 'Flood warning issued', 'Rain expected overnight.', 'Schools stay open.'));
const next = serializeArticle(article('a1', 'River bursts its banks', 'The river rose two metres overnight.'));

async function files(dir: string, contents: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(contents)) await writeFile(join(dir, name), content);
}

async function text(dir: string, name: string): Promise<string | null> {
  return readFile(join(dir, name), 'utf8').catch(() => null);
}

const scenarios: Scenario[] = [
  {
    name: 'an article saved over its previous version, with backup',
    prepare: (dir) => files(dir, { 'flood.json': old, 'flood.json.bak': older }),
    save: (dir, fs) => writeFileAtomic(join(dir, 'flood.json'), next, { fs, backup: true }),
    async check(dir, complete) {
      const main = await text(dir, 'flood.json');
      const bak = await text(dir, 'flood.json.bak');
      expect(complete ? [next] : [old, next]).toContain(main);
      // Whenever the new version is in place, the version it replaced is the backup.
      expect(main === next ? [old] : [older, old]).toContain(bak);
    },
  },
  {
    name: 'the first save of a new article',
    prepare: async () => undefined,
    save: (dir, fs) => writeFileAtomic(join(dir, 'new.json'), next, { fs, backup: true }),
    async check(dir, complete) {
      expect(complete ? [next] : [null, next]).toContain(await text(dir, 'new.json'));
      expect(await readdir(dir)).not.toContain('new.json.bak');
    },
  },
  {
    name: 'a save without backup',
    prepare: (dir) => files(dir, { 'flood.json': old }),
    save: (dir, fs) => writeFileAtomic(join(dir, 'flood.json'), next, { fs }),
    async check(dir, complete) {
      expect(complete ? [next] : [old, next]).toContain(await text(dir, 'flood.json'));
    },
  },
  {
    name: 'a lowdb index write through the adapter',
    prepare: (dir) => files(dir, { 'index.json': JSON.stringify({ files: { 'a.json': 'h1' } }), 'index.json.bak': '{"files":{}}' }),
    save: (dir, fs) => new AtomicJsonAdapter(join(dir, 'index.json'), { fs }).write({ files: { 'a.json': 'h2' } }),
    async check(dir, complete) {
      const read = await new AtomicJsonAdapter(join(dir, 'index.json'), { onSetAside: (f) => expect.fail(`index set aside: ${f.reason}`) }).read();
      expect(complete ? [{ files: { 'a.json': 'h2' } }] : [{ files: { 'a.json': 'h1' } }, { files: { 'a.json': 'h2' } }]).toContainEqual(read);
    },
  },
  {
    name: 'a hot-exit journal entry replacing an earlier one',
    prepare: (dir) => new Journal(dir).write('flood.json', old, 'base'),
    save: (dir, fs) => new Journal(dir, { fs }).write('flood.json', next, 'base'),
    async check(dir, complete) {
      const entry = await new Journal(dir).read('flood.json');
      expect(complete ? [next] : [old, next]).toContain(entry?.articleJson);
    },
  },
];

let crashPoints = 0;
let crashStates = 0;

afterAll(() => {
  console.log(`power-loss simulation: ${crashPoints} crash points replayed, ${crashStates} distinct on-disk outcomes recovered, 100% old-or-new`);
});

async function snapshot(dir: string): Promise<DiskState> {
  const state: DiskState = new Map();
  for (const name of await readdir(dir)) state.set(name, await readFile(join(dir, name)));
  return state;
}

describe('power-loss simulation', () => {
  it.each(scenarios)('leaves the old or the new version at every crash point: $name', async (scenario) => {
    const recordDir = await tempDir('record');
    await scenario.prepare(recordDir);
    const before = await snapshot(recordDir);
    const fs = new RecordingFs();
    await scenario.save(recordDir, fs);
    const log = [...fs.log];
    expect(log.some((op) => op.kind === 'fsync-dir')).toBe(true);

    const replays = await tempDir('replay');
    for (let prefix = 0; prefix <= log.length; prefix++) {
      const disk = new SimulatedDisk(recordDir, before);
      for (const op of log.slice(0, prefix)) disk.apply(op);
      crashPoints++;
      for (const state of disk.crashStates()) {
        crashStates++;
        const dir = await mkdtemp(join(replays, 'cut-'));
        for (const [name, data] of state) await writeFile(join(dir, name), data);
        await sweepTempFiles(dir);
        expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_MARKER))).toEqual([]);
        await scenario.check(dir, prefix === log.length);
        await rm(dir, { recursive: true });
      }
    }
  });

  it('catches a writer that renames before fsyncing (the model is not toothless)', async () => {
    const dir = await tempDir('record');
    await writeFile(join(dir, 'a.json'), old);
    const fs = new RecordingFs();
    const before = await snapshot(dir);
    const tmp = join(dir, `${TEMP_MARKER}a.json.1`);
    const fh = await fs.open(tmp, 'wx');
    await fh.writeFile(next);
    await fh.close();
    await fs.rename(tmp, join(dir, 'a.json'));
    const disk = new SimulatedDisk(dir, before);
    fs.log.forEach((op) => disk.apply(op));
    const outcomes = disk.crashStates().map((s) => Buffer.from(s.get('a.json') ?? '').toString());
    expect(outcomes.some((t) => t !== old && t !== next)).toBe(true);
  });
});
