import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
}

/**
 * electronegativity's CSV: one finding per row, `CHECK_ID,"SEVERITY","CONFIDENCE","file","line:col",…`.
 * Only the row starts are read, so a sample that contains commas, quotes or line breaks cannot shift
 * the columns (seen once in CI: a long CSP sample broke across lines).
 */
function parseCsv(text: string): Finding[] {
  const rows = text.matchAll(/^([A-Z][A-Z0-9_]+),"([A-Z]+)","[A-Z]+","([^"]*)","([^"]*)"/gm);
  return [...rows].map((m) => ({ check: m[1], severity: m[2], file: m[3], location: m[4] }));
}

/**
 * electronegativity is a floor, not proof: it always exits 0, so its report is parsed here. It runs
 * with the network cut (it would fetch translations and Electron's release list) and without the
 * check that needs that release list.
 */
describe('electronegativity over src/', () => {
  it('finds nothing above informational that is not accepted with a written reason', () => {
    const out = mkdtempSync(join(tmpdir(), 'cd-en-'));
    const csv = join(out, 'report.csv');
    const run = spawnSync(
      process.execPath,
      ['-r', join(ROOT, 'tests/support/no-network.cjs'), join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js'),
        '-i', join(ROOT, 'src'), '-o', csv, '-r', '-v', 'false', '-e', '45.0.0', '-x', 'AvailableSecurityFixesGlobalCheck'],
      { cwd: ROOT, encoding: 'utf8', timeout: 90_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const findings = parseCsv(readFileSync(csv, 'utf8'));
    rmSync(out, { recursive: true, force: true });
    const allow = JSON.parse(readFileSync(join(ROOT, 'security/electronegativity-allowlist.json'), 'utf8')) as {
      accepted: { check: string; file: string; reason: string }[];
    };
    const serious = findings.filter((f) => f.severity !== 'INFORMATIONAL');
    const unexplained = serious.filter((f) => !allow.accepted.some((a) => a.check === f.check && a.file === f.file && a.reason.length > 40));
    const stale = allow.accepted.filter((a) => !serious.some((f) => f.check === a.check && f.file === a.file));
    console.log(`electronegativity: ${findings.length} findings, ${serious.length} above informational, ${serious.length - unexplained.length} accepted with reasons, ${unexplained.length} unexplained`);
    expect(unexplained, JSON.stringify(unexplained, null, 2)).toEqual([]);
    expect(stale, 'allowlist entries that no longer match a finding').toEqual([]);
  });
});
