import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { claimIndex } from '../../../src/main/search/index-owner';
import { LibraryIndex } from '../../../src/main/search/library-index';
import { SearchRequest } from '../../../src/shared/ipc/channels/search';
import { killTestArticle, killTestFile } from './fixtures/kill-articles';
import { tempLibrary } from './support';

/**
 * Kill test: a child process rewrites articles and reindexes them in long transactions, and is
 * SIGKILLed at a random moment, again and again. After every kill the next start must find the index
 * usable (SQLite rolls back the half-written transaction from its journal; the driver's stale lock is
 * cleared), bring it up to date, and answer every probe search exactly as a fresh rebuild does.
 *
 * SEARCH_KILLS sets the number of kills (6 by default).
 */

const KILLS = Number(process.env.SEARCH_KILLS ?? 6);
const ARTICLES = 6;
const KILL_WINDOW_MS = 300;
const WRITER = fileURLToPath(new URL('./fixtures/index-writer.ts', import.meta.url));
const PROBES = ['ferry', 'martinez', 'harbour council', '"filler text"', 'light*', '-budget', 'headline:version'];

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** The fixture bundled once with esbuild (starts in a fraction of tsx's time); the wasm driver stays in node_modules. */
async function writerScript(): Promise<string> {
  const outfile = resolve(fileURLToPath(new URL('../../../node_modules/.cache/copydesk-search-kill/index-writer.mjs', import.meta.url)));
  await build({ entryPoints: [WRITER], outfile, bundle: true, platform: 'node', format: 'esm', external: ['node-sqlite3-wasm'], logLevel: 'silent' });
  return outfile;
}

function answers(index: LibraryIndex): unknown {
  return {
    probes: PROBES.map((text) => {
      const a = index.query(SearchRequest.parse({ text, limit: 50 }));
      return [text, a.total, a.hits.map((h) => [h.file, h.headline])];
    }),
    quoted: index.quotedElsewhere({ sourceId: 'ana', limit: 50 }).articles.map((a) => [a.file, a.quotations.map((q) => q.text)]),
    indexed: index.status().indexed,
  };
}

function waitFor(child: ChildProcess, line: string, stderr: () => string): Promise<void> {
  return new Promise((done, fail) => {
    let buffered = '';
    const onData = (d: Buffer) => {
      buffered += d.toString();
      if (buffered.split('\n').includes(line)) {
        child.stdout!.off('data', onData);
        done();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', () => fail(new Error(`writer exited before "${line}": ${stderr()}`)));
  });
}

describe('search index kill test', () => {
  it(
    `the index survives ${KILLS} SIGKILLs in the middle of writes and answers as a rebuild does`,
    async () => {
      const { root, dbPath } = tempLibrary('search-kill');
      for (let n = 0; n < ARTICLES; n++) writeFileSync(join(root, killTestFile(n)), killTestArticle(n, 0));
      const script = await writerScript();
      const began = Date.now();
      let hotJournals = 0;
      let staleLocks = 0;
      const resets: string[] = [];
      for (let kill = 1; kill <= KILLS; kill++) {
        const child = spawn(process.execPath, [script, root, dbPath, String(ARTICLES), String(kill)], { stdio: ['pipe', 'pipe', 'pipe'] });
        started.push(child);
        let stderr = '';
        child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        await waitFor(child, 'ready', () => stderr);
        child.stdin!.write('go\n');
        await waitFor(child, 'writing', () => stderr);
        await new Promise((r) => setTimeout(r, 20 + Math.random() * KILL_WINDOW_MS));
        if (child.exitCode !== null) expect.fail(`writer died by itself: ${stderr}`);
        child.kill('SIGKILL');
        await exited;

        // The journal is truncated, not deleted, after each commit: one with content was cut off mid-transaction.
        if (existsSync(`${dbPath}-journal`) && statSync(`${dbPath}-journal`).size > 0) hotJournals++;
        if (existsSync(`${dbPath}.lock`)) staleLocks++;
        const owner = claimIndex(dbPath);
        expect(owner, 'a dead writer’s ownership is taken over').not.toBeNull();
        const index = new LibraryIndex(root, dbPath);
        index.open();
        if (index.lastReset) resets.push(`kill ${kill}: ${index.lastReset}`);
        index.finish();
        const fresh = new LibraryIndex(root, join(root, '..', 'data', `fresh-${kill}.sqlite`));
        fresh.open();
        fresh.finish();
        try {
          expect(answers(index), `after kill ${kill}`).toEqual(answers(fresh));
        } finally {
          index.close();
          fresh.close();
          owner!.release();
        }
      }
      console.log(
        `search kill test: ${KILLS} kills survived, ${hotJournals} left a half-written transaction (rolled back), ` +
          `${staleLocks} left a stale lock (cleared), ${resets.length} indexes had to be rebuilt, ${((Date.now() - began) / 1000).toFixed(1)} s`,
      );
      expect(resets, 'SQLite’s journal makes a killed write roll back, never corrupt').toEqual([]);
    },
    Math.max(120_000, KILLS * 8000),
  );
});
