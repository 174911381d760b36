import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Low } from 'lowdb';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_MARKER, backupPathOf, sweepTempFiles, writeFileAtomic } from '../../../src/main/storage/atomic-write';
import { AtomicJsonAdapter } from '../../../src/main/storage/lowdb-adapter';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { article, contentHash } from './support/articles';

/**
 * Model-based test of the index kept in lowdb: random sequences of create, save, rename (also over
 * an existing story), delete, edits by another program, restarts and a damaged or deleted index run
 * against a real folder. After every step the index, in memory and as read back from disk, equals
 * what a rebuild from the files gives.
 *
 * STORAGE_MODEL_RUNS sets the number of runs (200 in `npm test`; e.g. STORAGE_MODEL_RUNS=5000
 * npx vitest run tests/unit/storage/index-model.test.ts for a long run). STORAGE_MODEL_SEED replays a failure.
 */

const RUNS = Number(process.env.STORAGE_MODEL_RUNS ?? 200);
const SEED = process.env.STORAGE_MODEL_SEED === undefined ? undefined : Number(process.env.STORAGE_MODEL_SEED);

type IndexData = { files: Record<string, string> };

/** What the index should say: a hash per story file, derived from the folder alone. */
async function rebuild(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    if (name.endsWith('.json') && !name.startsWith(TEMP_MARKER)) files[name] = contentHash(await readFile(join(dir, name)));
  }
  return files;
}

/** A minimal library that keeps its index in lowdb through the adapter, as the library service does. */
class IndexedLibrary {
  setAside = 0;

  private constructor(
    readonly dir: string,
    readonly db: Low<IndexData>,
  ) {}

  /** Start-up: sweep, read the index, rebuild it from the files when it is missing or was set aside. */
  static async open(dir: string, indexPath: string): Promise<IndexedLibrary> {
    await sweepTempFiles(dir);
    let setAside = 0;
    const db = new Low<IndexData>(new AtomicJsonAdapter(indexPath, { onSetAside: () => setAside++ }), { files: {} });
    await db.read();
    const lib = new IndexedLibrary(dir, db);
    lib.setAside = setAside;
    // A missing or set-aside index reads as empty; an empty library rebuilds to the same empty index.
    if (Object.keys(db.data.files).length === 0) await lib.#rebuildIndex();
    return lib;
  }

  async #rebuildIndex(): Promise<void> {
    const files = await rebuild(this.dir);
    await this.db.update((d) => (d.files = files));
  }

  index(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.db.data.files).sort(([a], [b]) => a.localeCompare(b)));
  }

  async save(name: string, text: string): Promise<void> {
    await writeFileAtomic(join(this.dir, name), text, { backup: true });
    await this.db.update((d) => (d.files[name] = contentHash(text)));
  }

  async rename(from: string, to: string): Promise<void> {
    await rename(join(this.dir, from), join(this.dir, to));
    await this.db.update((d) => {
      d.files[to] = d.files[from];
      delete d.files[from];
    });
  }

  async remove(name: string): Promise<void> {
    await unlink(join(this.dir, name));
    await rm(backupPathOf(join(this.dir, name)), { force: true });
    await this.db.update((d) => delete d.files[name]);
  }

  /** What the file watcher does when another program changed a file. */
  async noticeChange(name: string): Promise<void> {
    const hash = contentHash(await readFile(join(this.dir, name)));
    await this.db.update((d) => (d.files[name] = hash));
  }
}

interface Real {
  dir: string;
  indexPath: string;
  lib: IndexedLibrary;
}
type Model = Map<string, string>;
type LibraryCommand = fc.AsyncCommand<Model, Real>;

let commandsRun = 0;
let indexesRebuilt = 0;

async function expectConsistent(model: Model, real: Real): Promise<void> {
  commandsRun++;
  const expected = Object.fromEntries([...model].sort(([a], [b]) => a.localeCompare(b)).map(([n, t]) => [n, contentHash(t)]));
  expect(await rebuild(real.dir)).toEqual(expected);
  expect(real.lib.index()).toEqual(expected);
  expect((await new AtomicJsonAdapter<IndexData>(real.indexPath).read())?.files ?? {}).toEqual(expected);
}

const pickFrom = (model: Model, pick: number) => [...model.keys()].sort()[pick % model.size];

class Create implements LibraryCommand {
  constructor(readonly name: string, readonly text: string) {}
  check = (m: Readonly<Model>) => !m.has(this.name);
  async run(m: Model, r: Real) {
    await r.lib.save(this.name, this.text);
    m.set(this.name, this.text);
    await expectConsistent(m, r);
  }
  toString = () => `create(${this.name})`;
}

class Save implements LibraryCommand {
  constructor(readonly pick: number, readonly text: string) {}
  check = (m: Readonly<Model>) => m.size > 0;
  async run(m: Model, r: Real) {
    const name = pickFrom(m, this.pick);
    await r.lib.save(name, this.text);
    m.set(name, this.text);
    await expectConsistent(m, r);
  }
  toString = () => `save(#${this.pick})`;
}

class Rename implements LibraryCommand {
  constructor(readonly pick: number, readonly to: string) {}
  check = (m: Readonly<Model>) => m.size > 0;
  async run(m: Model, r: Real) {
    const from = pickFrom(m, this.pick);
    if (from === this.to) return;
    await r.lib.rename(from, this.to);
    m.set(this.to, m.get(from)!);
    m.delete(from);
    await expectConsistent(m, r);
  }
  toString = () => `rename(#${this.pick} -> ${this.to})`;
}

class Delete implements LibraryCommand {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.size > 0;
  async run(m: Model, r: Real) {
    const name = pickFrom(m, this.pick);
    await r.lib.remove(name);
    m.delete(name);
    await expectConsistent(m, r);
  }
  toString = () => `delete(#${this.pick})`;
}

class ExternalEdit implements LibraryCommand {
  constructor(readonly pick: number, readonly text: string) {}
  check = (m: Readonly<Model>) => m.size > 0;
  async run(m: Model, r: Real) {
    const name = pickFrom(m, this.pick);
    // Another program writes in place, no temp file, no backup: the way most editors and sync tools do.
    await writeFile(join(r.dir, name), this.text);
    await r.lib.noticeChange(name);
    m.set(name, this.text);
    await expectConsistent(m, r);
  }
  toString = () => `externalEdit(#${this.pick})`;
}

class Restart implements LibraryCommand {
  check = () => true;
  async run(m: Model, r: Real) {
    r.lib = await IndexedLibrary.open(r.dir, r.indexPath);
    expect(r.lib.setAside).toBe(0);
    await expectConsistent(m, r);
  }
  toString = () => 'restart';
}

class DamageIndex implements LibraryCommand {
  constructor(readonly how: 'delete' | 'truncate' | 'empty' | 'binary') {}
  check = () => true;
  async run(m: Model, r: Real) {
    const text = await readFile(r.indexPath, 'utf8').catch(() => '');
    if (this.how === 'delete') await rm(r.indexPath, { force: true });
    else await writeFile(r.indexPath, this.how === 'truncate' ? text.slice(0, text.length >> 1) : this.how === 'empty' ? '' : '\u0000\u00ff\u0001');
    r.lib = await IndexedLibrary.open(r.dir, r.indexPath);
    indexesRebuilt++;
    await expectConsistent(m, r);
  }
  toString = () => `damageIndex(${this.how})`;
}

const NAMES = ['budget', 'court', 'fire', 'flood', 'vote'].map((n) => `${n}.json`);
const storyText = fc
  .tuple(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 60 }), { maxLength: 3 }))
  .map(([headline, paragraphs]) => serializeArticle(article('s', headline, ...paragraphs)));
const commands = [
  fc.tuple(fc.constantFrom(...NAMES), storyText).map(([n, t]) => new Create(n, t)),
  fc.tuple(fc.nat(), storyText).map(([p, t]) => new Save(p, t)),
  fc.tuple(fc.nat(), fc.constantFrom(...NAMES)).map(([p, to]) => new Rename(p, to)),
  fc.nat().map((p) => new Delete(p)),
  fc.tuple(fc.nat(), storyText).map(([p, t]) => new ExternalEdit(p, t)),
  fc.constant(new Restart()),
  fc.constantFrom('delete', 'truncate', 'empty', 'binary' as const).map((how) => new DamageIndex(how)),
];

afterAll(() => {
  console.log(`index model test: ${RUNS} runs, ${commandsRun} commands checked, ${indexesRebuilt} damaged or deleted indexes rebuilt identical`);
});

describe('the lowdb index, model-based', () => {
  it(
    'always equals a rebuild from the files',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 20, size: '+1' }), async (cmds) => {
          const root = await mkdtemp(join(tmpdir(), 'copydesk-model-'));
          try {
            const dir = join(root, 'library');
            await mkdir(dir);
            const indexPath = join(root, 'data', 'index.json');
            const real: Real = { dir, indexPath, lib: await IndexedLibrary.open(dir, indexPath) };
            await fc.asyncModelRun(() => ({ model: new Map(), real }), cmds);
          } finally {
            await rm(root, { recursive: true, force: true });
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    Math.max(60_000, RUNS * 300),
  );
});
