import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchRow } from './run';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = process.env.BENCH_SMOKE ? 1 : 9;

/** Median wall time of a whole command, in ms. */
function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

/** CLI start: `copydesk --help` as a whole command, against Node starting and doing nothing (`node -e 0`). */
export async function bench(): Promise<BenchRow[]> {
  const peer = median(['-e', '0']);
  const help = median([join(ROOT, 'bin', 'copydesk.mjs'), '--help']);
  const built = existsSync(join(ROOT, 'out', 'node', 'commands.json'));
  return [{ name: `CLI start, copydesk --help${built ? '' : ' (not built: TypeScript sources)'}, median of ${RUNS}`, value: help, unit: 'ms', peer, ratio: help / peer }];
}
