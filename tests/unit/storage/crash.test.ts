import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_MARKER, backupPathOf, sweepTempFiles, writeFileAtomic } from '../../../src/main/storage/atomic-write';
import { AtomicJsonAdapter } from '../../../src/main/storage/lowdb-adapter';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { contentHash, mustParse } from './support/articles';
import { story, storyFile, versionOf, type StoryIndex } from './support/crash-stories';
import { tempDir } from './support/temp-dir';

/**
 * Crash test: a child process saves stories and the index in a loop and is SIGKILLed at a random
 * moment, again and again. After every kill: each story is exactly one of its versions, the stories
 * are where a sequence of whole saves would leave them, no index entry is ahead of its file, and
 * the start-up sweep leaves no temporary file.
 *
 * CRASH_KILLS sets the number of kills (100 in `npm test`; `npm run test:crash` runs 1,000).
 * A few children are kept loaded and waiting; each gets "go" only once the previous one is dead
 * and its files are checked, so exactly one writer touches the library at a time.
 */

const KILLS = Number(process.env.CRASH_KILLS ?? 100);
const STORIES = 5;
const WARM_CHILDREN = 3;
/** A kill lands this long at most after the child starts writing: about a dozen saves' worth. */
const KILL_WINDOW_MS = 100;
const WRITER = fileURLToPath(new URL('./fixtures/crash-writer.ts', import.meta.url));

interface Writer {
  child: ChildProcess;
  /** Resolves when the child printed `line` (rejects if it exits first). */
  printed(line: 'ready' | 'writing'): Promise<void>;
  exited: Promise<void>;
  saves: number;
  stderr: string;
}

const started: ChildProcess[] = [];

/**
 * `node --import tsx` needs most of a second of CPU to start (its loader runs in a worker thread),
 * which on two cores caps the test at about two kills a second. Bundling the same fixture once with
 * esbuild (tsx's own compiler) starts in a quarter of that. CRASH_RUNNER=tsx runs the .ts file directly.
 */
async function writerCommand(root: string): Promise<string[]> {
  if (process.env.CRASH_RUNNER === 'tsx') return ['--import', 'tsx', WRITER];
  const outfile = join(root, 'crash-writer.mjs');
  await build({ entryPoints: [WRITER], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'silent' });
  return [outfile];
}

function startWriter(command: string[], dir: string, indexPath: string): Writer {
  const child = spawn(process.execPath, [...command, dir, indexPath, String(STORIES)], { stdio: ['pipe', 'pipe', 'pipe'] });
  started.push(child);
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  const writer: Writer = {
    child,
    saves: 0,
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
    printed: (line) =>
      seen.has(line)
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            waiting.set(line, resolve);
            void writer.exited.then(() => reject(new Error(`writer exited before "${line}": ${writer.stderr}`)));
          }),
  };
  child.stderr!.on('data', (d: Buffer) => (writer.stderr += d.toString()));
  let buffered = '';
  child.stdout!.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('saved ')) writer.saves++;
      seen.add(line);
      waiting.get(line)?.();
    }
  });
  return writer;
}

afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('crash test', () => {
  it(
    `every story and the index survive ${KILLS} SIGKILLs at random moments`,
    async () => {
      const root = await tempDir('crash');
      const dir = join(root, 'library');
      const indexPath = join(root, 'data', 'index.json');
      await mkdir(dir);
      for (let i = 0; i < STORIES; i++) await writeFileAtomic(join(dir, storyFile(i)), serializeArticle(story(i, 0)));

      const began = Date.now();
      let versions = Array<number>(STORIES).fill(0);
      let saves = 0;
      let tempsSwept = 0;
      let indexBehind = 0;
      const command = await writerCommand(root);
      const warm: Writer[] = Array.from({ length: WARM_CHILDREN }, () => startWriter(command, dir, indexPath));

      for (let kill = 1; kill <= KILLS; kill++) {
        const writer = warm.shift()!;
        warm.push(startWriter(command, dir, indexPath));
        await writer.printed('ready');
        writer.child.stdin!.write('go\n');
        await writer.printed('writing');
        await new Promise((r) => setTimeout(r, Math.random() * KILL_WINDOW_MS));
        if (writer.child.exitCode !== null) expect.fail(`writer died by itself: ${writer.stderr}`);
        writer.child.kill('SIGKILL');
        await writer.exited;
        saves += writer.saves;

        // What the next start-up does first.
        tempsSwept += (await sweepTempFiles(dir)).length + (await sweepTempFiles(join(root, 'data'))).length;
        expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_MARKER))).toEqual([]);

        const now: number[] = [];
        for (let i = 0; i < STORIES; i++) {
          const text = await readFile(join(dir, storyFile(i)), 'utf8');
          const v = versionOf(mustParse(text));
          expect(text, `${storyFile(i)} is exactly version ${v}`).toBe(serializeArticle(story(i, v)));
          expect(v, `${storyFile(i)} went back in time`).toBeGreaterThanOrEqual(versions[i]);
          if (v > 0) {
            const backup = await readFile(backupPathOf(join(dir, storyFile(i))), 'utf8');
            expect([v - 1, v]).toContain(versionOf(mustParse(backup)));
            expect(backup).toBe(serializeArticle(story(i, versionOf(mustParse(backup)))));
          }
          now.push(v);
        }
        // Saves go story by story, so the versions read [v+1, …, v+1, v, …, v]: whole saves, in order.
        expect(now.every((v, i) => v <= now[0] && v >= now[0] - 1 && (i === 0 || v <= now[i - 1])), `versions ${now}`).toBe(true);
        versions = now;

        const index = await new AtomicJsonAdapter<StoryIndex>(indexPath, {
          onSetAside: (f) => expect.fail(`the index was corrupt: ${f.reason}`),
        }).read();
        for (const [file, entry] of Object.entries(index?.stories ?? {})) {
          const i = Number(/story-(\d+)/.exec(file)![1]);
          expect(entry.version, `index entry for ${file} is ahead of the file`).toBeLessThanOrEqual(versions[i]);
          if (entry.version === versions[i]) expect(entry.hash).toBe(contentHash(await readFile(join(dir, file))));
          else indexBehind++;
        }
      }
      for (const writer of warm) writer.child.kill('SIGKILL');

      console.log(
        `crash test: ${KILLS} kills survived, ${saves} saves completed between kills, ` +
          `${tempsSwept} orphaned temp files swept, ${indexBehind} index entries found behind their file (never ahead), ` +
          `stories at version ${Math.max(...versions)}, ${((Date.now() - began) / 1000).toFixed(1)} s`,
      );
    },
    Math.max(60_000, KILLS * 600),
  );
});
