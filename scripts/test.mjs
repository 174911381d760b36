#!/usr/bin/env node
// `npm test`: every check in order, then one closing line with the totals ("N passed, N failed, N skipped").
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const TMP = '.tmp';
mkdirSync(TMP, { recursive: true });
const npx = (args, env = {}) => spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function step(name, args, env) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const code = npx(args, env);
  if (code !== 0) failures.push(name);
  return code === 0;
}

/** The figures the robustness tests print (kills survived, crash points, faults, hostile inputs…), repeated at the end. */
const FIGURE = /^(crash test|power-loss simulation|I\/O errors|read-only library|index model test|external changes|hot exit|hostile|path confinement|electronegativity|precision|import:)/;
const figures = [];

/** Like `step`, but streams the output through and keeps the figure lines. */
function capturingStep(name, args, env) {
  process.stdout.write(`\n=== ${name} ===\n`);
  return new Promise((done) => {
    const child = spawn('npx', args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let rest = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const plain = line.replace(/\u001b\[[0-9;]*m/g, '').trim();
        if (FIGURE.test(plain) && !figures.includes(plain)) figures.push(plain);
      }
    });
    child.on('close', (code) => {
      if (code !== 0) failures.push(name);
      done(code === 0);
    });
  });
}

const typesOk = step('type-check (main, preload, shared, CLI, unit tests, bench)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
const webOk = step('type-check (renderer)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
const e2eTypesOk = step('type-check (end-to-end tests and scripts)', ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit']);
const lintOk = step('lint (including one-way layering)', ['eslint', '.']);
for (const ok of [typesOk, webOk, e2eTypesOk, lintOk]) {
  if (ok) passed++;
  else failed++;
}

rmSync(`${TMP}/vitest.json`, { force: true });
await capturingStep('unit and integration tests (vitest)', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${TMP}/vitest.json`]);
if (existsSync(`${TMP}/vitest.json`)) {
  const r = JSON.parse(readFileSync(`${TMP}/vitest.json`, 'utf8'));
  passed += r.numPassedTests;
  // A file that fails to load has no failed test of its own: count it once.
  failed += r.numFailedTests + (r.numFailedTests === 0 ? (r.numFailedTestSuites ?? 0) : 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else failed++;

const built =
  step('build (electron-vite: main, preload, renderer)', ['electron-vite', 'build']) &&
  step('build (CLI and browser-mode host to JavaScript)', ['node', 'scripts/build-node.mjs']);
if (built) passed++;
else failed++;

if (built) {
  // The bench at its smallest size: fails only if it crashes, never on a figure.
  if (step('bench smoke run (smallest size)', ['tsx', 'bench/run.ts', '--smoke'])) passed++;
  else failed++;
  rmSync(`${TMP}/playwright.json`, { force: true });
  await capturingStep('end-to-end tests (Playwright, Debian Chromium, browser mode)', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${TMP}/playwright.json`,
  });
  if (existsSync(`${TMP}/playwright.json`)) {
    const s = JSON.parse(readFileSync(`${TMP}/playwright.json`, 'utf8')).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
  } else failed++;
}

if (figures.length) process.stdout.write(`\nFigures from the robustness tests:\n${figures.map((f) => `  ${f}`).join('\n')}\n`);
if (failures.length) process.stdout.write(`\nFailed steps: ${failures.join('; ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failures.length || failed ? 1 : 0);
