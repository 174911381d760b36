import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A measured figure. */
export interface BenchRow {
  name: string;
  value: number | string;
  unit: string;
}

/**
 * `npm run bench`: runs every `bench/*.ts` that exports `bench()` (or the ones named on the command
 * line) and prints one table of figures.
 */
async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
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
  const table = [['suite', 'measure', 'value', 'unit'], ...rows.map((r) => [r.suite, r.name, fmt(r.value), r.unit])];
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  process.stdout.write([line(table[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)].join('\n') + '\n');
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
