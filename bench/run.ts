import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A measured figure. */
export interface BenchRow {
  name: string;
  value: number | string;
  unit: string;
  /** The same measurement of a peer (another program, a bare editor) or a budget, taken in the same run. */
  peer?: number | string;
  /** value / peer. */
  ratio?: number;
}

/**
 * `npm test` runs the bench once at its smallest size (`tsx bench/run.ts --smoke`): it fails if the
 * bench crashes, never on a figure. The suites that start a browser or a process, and a pure one.
 */
const SMOKE_SUITES = ['typing', 'cli', 'analysis', 'paste', 'save'];
const SMOKE_ENV = { BENCH_SMOKE: '1', BENCH_TYPING_SIZES: '200', BENCH_TYPING_KEYS: '5' };

/**
 * `npm run bench`: runs every `bench/*.ts` that exports `bench()` (or the ones named on the command
 * line) and prints one table of figures.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  if (smoke) Object.assign(process.env, SMOKE_ENV);
  const only = smoke ? SMOKE_SUITES : args;
  const files = readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && f !== 'generate.ts')
    .filter((f) => only.length === 0 || only.includes(basename(f, '.ts')))
    .sort();
  const rows: (BenchRow & { suite: string })[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(import.meta.dirname, f)).href)) as { bench?: () => Promise<BenchRow[]> };
    if (typeof mod.bench !== 'function') continue;
    process.stderr.write(`running ${f}…\n`);
    for (const r of await mod.bench()) rows.push({ suite: basename(f, '.ts'), ...r });
  }
  const fmt = (v: number | string) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 3 : 1)) : v);
  const table = [
    ['suite', 'measure', 'value', 'unit', 'peer', 'ratio'],
    ...rows.map((r) => [r.suite, r.name, fmt(r.value), r.unit, r.peer === undefined ? '' : fmt(r.peer), r.ratio === undefined ? '' : `${r.ratio.toFixed(2)} ×`]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((c, i) => (i === 2 || i === 4 || i === 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  // A smoke run checks the bench still runs; its figures are not the record.
  if (!smoke) writeResults(rows);
  process.stdout.write([line(table[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n') + '\n');
}

/** bench/results.json: every figure with its peer and ratio; a run of some suites replaces only their rows. */
function writeResults(rows: (BenchRow & { suite: string })[]): void {
  const file = join(import.meta.dirname, 'results.json');
  const ran = new Set(rows.map((r) => r.suite));
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { rows: (BenchRow & { suite: string })[] }).rows.filter((r) => !ran.has(r.suite)) : [];
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), rows: [...kept, ...rows] }, null, 2)}\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
