import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { claimIndex } from '../../../src/main/search/index-owner';
import { LibraryIndex } from '../../../src/main/search/library-index';
import { openWasmDatabase, type SqlDriver } from '../../../src/main/search/sqlite';
import { writeFileAtomic } from '../../../src/main/storage/atomic-write';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { SearchRequest } from '../../../src/shared/ipc/channels/search';
import { doc, makeArticle, p, quotation } from '../helpers/doc-builder';
import { tempLibrary } from './support';

/**
 * Model-based test of the search index against a real library folder: random sequences of create,
 * save, rename (also over another article), delete, edits by another program (good and broken),
 * clean restarts and kills (the index abandoned mid-use, then deleted, truncated, overwritten or left
 * with a stale lock). After every step, each probe search gives exactly what a fresh rebuild from the
 * files gives: the same files in the same order, the same counts, the same "quoted elsewhere".
 *
 * SEARCH_MODEL_RUNS sets the number of runs (30 by default); PROPERTY_SEED replays a failure.
 */

const RUNS = Number(process.env.SEARCH_MODEL_RUNS ?? 30);
const SEED = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED);

const WORDS = ['ferry', 'fares', 'council', 'harbour', 'Martínez', 'budget', 'vote', 'island'];
const PROBES = ['ferry', 'martinez', 'fares council', '"harbour vote"', 'isl*', '-budget', 'source:martinez', 'headline:island', 'ferry OR vote'];
const NAMES = ['ferry', 'budget', 'court', 'flood', 'vote'].map((n) => `${n}.article.json`);

interface Real {
  root: string;
  dbPath: string;
  index: LibraryIndex;
  release: () => void;
}
type Model = Set<string>;
type Command = fc.AsyncCommand<Model, Real>;

let checked = 0;
let kills = 0;

function open(root: string, dbPath: string): { index: LibraryIndex; release: () => void } {
  const owner = claimIndex(dbPath);
  if (!owner) throw new Error('the index was left owned by a live process');
  const index = new LibraryIndex(root, dbPath);
  index.open();
  return { index, release: () => owner.release() };
}

function answers(index: LibraryIndex) {
  const out: Record<string, unknown> = {};
  for (const text of PROBES) {
    const a = index.query(SearchRequest.parse({ text, limit: 20 }));
    out[text] = { total: a.total, files: a.hits.map((h) => h.file), facets: a.facets };
  }
  out.quoted = index.quotedElsewhere({ name: 'Ana Martínez', limit: 20 }).articles.map((a) => [a.file, a.quotations.map((q) => q.text)]);
  const { indexed, unreadable, state } = index.status();
  out.status = { indexed, unreadable, state };
  return out;
}

/** The reference rebuild need not survive a power cut: skipping its fsyncs keeps the test quick. */
const undurable: SqlDriver = (path) => {
  const db = openWasmDatabase(path);
  db.exec('PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY');
  return db;
};

async function expectLikeRebuild(real: Real): Promise<void> {
  checked++;
  real.index.finish();
  const fresh = join(real.dbPath, '..', `fresh-${checked}.sqlite`);
  const rebuilt = new LibraryIndex(real.root, fresh, undurable);
  rebuilt.open();
  rebuilt.finish();
  try {
    expect(answers(real.index)).toEqual(answers(rebuilt));
  } finally {
    rebuilt.close();
    rmSync(fresh, { force: true });
  }
}

const pickFrom = (m: Model, pick: number) => [...m].sort()[pick % m.size];

class Write implements Command {
  constructor(readonly kind: 'create' | 'save', readonly pick: number, readonly text: string) {}
  check = (m: Readonly<Model>) => (this.kind === 'save' ? m.size > 0 : m.size < NAMES.length);
  async run(m: Model, r: Real) {
    const name = this.kind === 'save' ? pickFrom(m, this.pick) : NAMES.filter((n) => !m.has(n))[this.pick % (NAMES.length - m.size)];
    await writeFileAtomic(join(r.root, name), this.text, { backup: true });
    m.add(name);
    r.index.prioritise([name]); // What the library's listing after a save tells the service.
    await expectLikeRebuild(r);
  }
  toString = () => `${this.kind}(#${this.pick})`;
}

class Rename implements Command {
  constructor(readonly pick: number, readonly to: number) {}
  check = (m: Readonly<Model>) => m.size > 0;
  async run(m: Model, r: Real) {
    const from = pickFrom(m, this.pick);
    const to = NAMES[this.to % NAMES.length];
    if (from === to) return;
    renameSync(join(r.root, from), join(r.root, to));
    m.delete(from);
    m.add(to);
    r.index.prioritise([from, to]);
    await expectLikeRebuild(r);
  }
  toString = () => `rename(#${this.pick} -> ${NAMES[this.to % NAMES.length]})`;
}

class Delete implements Command {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.size > 0;
  async run(m: Model, r: Real) {
    const name = pickFrom(m, this.pick);
    unlinkSync(join(r.root, name));
    m.delete(name);
    r.index.prioritise([name]);
    await expectLikeRebuild(r);
  }
  toString = () => `delete(#${this.pick})`;
}

class ExternalEdit implements Command {
  constructor(readonly pick: number, readonly text: string) {}
  check = (m: Readonly<Model>) => m.size > 0;
  async run(m: Model, r: Real) {
    const name = pickFrom(m, this.pick);
    // In place, no temp file: the way most editors and sync tools write. Found by a pass over the folder.
    writeFileSync(join(r.root, name), this.text);
    r.index.recheck();
    await expectLikeRebuild(r);
  }
  toString = () => `externalEdit(#${this.pick})`;
}

class Restart implements Command {
  check = () => true;
  async run(_m: Model, r: Real) {
    r.index.close();
    r.release();
    Object.assign(r, open(r.root, r.dbPath));
    await expectLikeRebuild(r);
  }
  toString = () => 'restart';
}

class Kill implements Command {
  constructor(readonly how: 'abandon' | 'delete' | 'truncate' | 'garbage' | 'stale-lock', readonly at: number) {}
  check = () => true;
  async run(_m: Model, r: Real) {
    kills++;
    // The old index is left as a killed process leaves it: open, unreleased, its owner file in place.
    r.index.prioritise(NAMES);
    const path = r.dbPath;
    if (this.how === 'delete') rmSync(path, { force: true });
    if (this.how === 'truncate' && existsSync(path)) truncateSync(path, Math.floor(readFileSync(path).length * this.at));
    if (this.how === 'garbage') writeFileSync(path, Buffer.alloc(4096 + Math.floor(this.at * 8192), 0xa5));
    if (this.how === 'stale-lock') {
      mkdirSync(`${path}.lock`, { recursive: true });
      writeFileSync(`${path}.owner`, '999999999');
    }
    Object.assign(r, open(r.root, r.dbPath));
    await expectLikeRebuild(r);
  }
  toString = () => `kill(${this.how})`;
}

const articleText = fc
  .tuple(
    fc.subarray(WORDS, { minLength: 1, maxLength: 3 }),
    fc.array(fc.subarray(WORDS, { minLength: 1 }), { maxLength: 3 }),
    fc.boolean(),
    fc.nat(1000),
  )
  .map(([headline, paragraphs, quotes, n]) =>
    serializeArticle(
      makeArticle({
        id: `a-${n}`,
        headline: headline.join(' '),
        body: doc(...paragraphs.map((words) => p(words.join(' '))), ...(quotes ? [p('She said ', quotation(`“${paragraphs.flat().join(' ') || 'nothing'}”`, 'ana'))] : [])),
        sources: quotes ? [{ id: 'ana', name: n % 2 ? 'Ana Martínez' : 'ana martinez' }] : [],
      }),
    ),
  );
const fileText = fc.oneof({ weight: 5, arbitrary: articleText }, { weight: 1, arbitrary: fc.constantFrom('', '{"schemaVersion": 1, "head', 'not json at all') });

const commands = [
  fc.tuple(fc.nat(), articleText).map(([pick, t]) => new Write('create', pick, t)),
  fc.tuple(fc.nat(), articleText).map(([pick, t]) => new Write('save', pick, t)),
  fc.tuple(fc.nat(), fc.nat()).map(([pick, to]) => new Rename(pick, to)),
  fc.nat().map((pick) => new Delete(pick)),
  fc.tuple(fc.nat(), fileText).map(([pick, t]) => new ExternalEdit(pick, t)),
  fc.constant(new Restart()),
  fc.tuple(fc.constantFrom('abandon', 'delete', 'truncate', 'garbage', 'stale-lock' as const), fc.double({ min: 0, max: 0.99, noNaN: true })).map(([how, at]) => new Kill(how, at)),
];

afterAll(() => {
  console.log(`search index model test: ${RUNS} runs, ${checked} states compared with a fresh rebuild, ${kills} kills and damaged indexes recovered`);
});

describe('the search index, model-based', () => {
  it(
    'always answers as a fresh rebuild from the files would',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.commands(commands, { maxCommands: 12, size: '+1' }), async (cmds) => {
          const { root, dbPath } = tempLibrary('search-model');
          const real: Real = { root, dbPath, ...open(root, dbPath) };
          try {
            await fc.asyncModelRun(() => ({ model: new Set<string>(), real }), cmds);
          } finally {
            real.index.close();
            real.release();
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    Math.max(120_000, RUNS * 10_000),
  );
});
