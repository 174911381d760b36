import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

interface Finding {
  check: string;
  file: string;
}

/**
 * The SARIF report. (Its CSV is written by two racing asynchronous writes, the header truncating
 * the first finding now and then; SARIF is one write.) With `-s low` it holds only findings above
 * informational, which is every finding this test must see explained.
 */
function parseSarif(text: string): Finding[] {
  const sarif = JSON.parse(text) as {
    runs: { results: { ruleId: string; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
  };
  return sarif.runs[0].results.map((r) => ({ check: r.ruleId, file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '' }));
}

/**
 * electronegativity is a floor, not proof: it always exits 0, so its report is parsed here. It runs
 * with the network cut (it would fetch translations and Electron's release list) and without the
 * check that needs that release list.
 */
describe('electronegativity over src/', () => {
  it('finds nothing above informational that is not accepted with a written reason', () => {
    const out = mkdtempSync(join(tmpdir(), 'cd-en-'));
    const report = join(out, 'report.sarif');
    const run = spawnSync(
      process.execPath,
      ['-r', join(ROOT, 'tests/support/no-network.cjs'), join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js'),
        '-i', join(ROOT, 'src'), '-o', report, '-r', '-v', 'false', '-e', '45.0.0', '-x', 'AvailableSecurityFixesGlobalCheck', '-s', 'low'],
      { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const serious = parseSarif(readFileSync(report, 'utf8'));
    rmSync(out, { recursive: true, force: true });
    const allow = JSON.parse(readFileSync(join(ROOT, 'security/electronegativity-allowlist.json'), 'utf8')) as {
      accepted: { check: string; file: string; reason: string }[];
    };
    const unexplained = serious.filter((f) => !allow.accepted.some((a) => a.check === f.check && a.file === f.file && a.reason.length > 40));
    const stale = allow.accepted.filter((a) => !serious.some((f) => f.check === a.check && f.file === a.file));
    console.log(`electronegativity: ${serious.length} findings above informational, ${serious.length - unexplained.length} accepted with reasons, ${unexplained.length} unexplained`);
    expect(unexplained, JSON.stringify(unexplained, null, 2)).toEqual([]);
    expect(stale, 'allowlist entries that no longer match a finding').toEqual([]);
  });
});
