import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { parseArticleBytes } from '../../shared/article/file-format';
import { STATUS_LABELS } from '../../shared/article/labels';
import { checkArticle, type GateResult } from '../../shared/review/gate/gate';
import type { GateOptions } from '../../shared/review/gate/types';
import type { CliCommand, CliIO } from '../command';
import { collectFiles } from './export';

const USAGE = 'check FILE-or-FOLDER… [--json] [--strict] [--comments-warn]';
const FLAGS = ['--json', '--strict', '--comments-warn'];

// An article file can carry any characters; escape sequences must not reach the terminal as commands.
const printable = (s: string) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');

interface Checked {
  file: string;
  headline: string;
  status: string;
  ok: boolean;
  /** Set when the file could not be read as an article; the article then fails. */
  error: string | null;
  notes: string[];
  result: GateResult | null;
}

async function checkFile(file: string, missing: string | undefined, strict: boolean, now: Date, options: Partial<GateOptions>): Promise<Checked> {
  const failed = (error: string): Checked => ({ file, headline: '', status: '', ok: false, error, notes: [], result: null });
  if (missing) return failed(missing);
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failed(code === 'EISDIR' ? 'is a folder, not an article file' : code === 'EACCES' ? 'permission denied' : `could not be read (${code ?? (e as Error).message})`);
  }
  const parsed = parseArticleBytes(bytes);
  if (!parsed.ok) return failed(parsed.error.message);
  const a = parsed.article;
  // A published story is checked as Published (its embargo too); anything else as about to be ready.
  const result = checkArticle(a, { target: a.status === 'published' ? 'published' : 'ready-to-publish', strict, now, options });
  return { file, headline: a.headline, status: a.status, ok: result.ok, error: null, notes: (parsed.notes ?? []).map((n) => n.message), result };
}

function formatChecked(c: Checked): string {
  const name = basename(c.file);
  if (c.error) return `${printable(name)}: cannot be checked: ${printable(c.error)}\n`;
  const r = c.result!;
  const out = [`${printable(name)} — ${printable(c.headline.trim() || 'Untitled')} (${STATUS_LABELS[c.status as keyof typeof STATUS_LABELS] ?? c.status})`];
  for (const note of c.notes) out.push(`  note: ${printable(note)}`);
  for (const line of r.lines) {
    if (!line.items.length) {
      out.push(`  ✓ ${line.title}`);
      continue;
    }
    for (const item of line.items) {
      const mark = item.override ? '~' : item.severity === 'block' ? '✗' : '!';
      const over = item.override ? ` (overridden: ${printable(item.override.reason)})` : '';
      out.push(`  ${mark} ${line.title}: ${printable(item.message)}${over}`);
    }
  }
  const counts = `${r.blocking} blocking, ${r.warnings} warning${r.warnings === 1 ? '' : 's'}`;
  out.push(`  ${c.ok ? 'Ready' : 'Not ready'}: ${counts}.`);
  return out.join('\n') + '\n';
}

async function run(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const strict = args.includes('--strict');
  // The desk setting "Unresolved comments: only warn", for a pipeline that follows it.
  const options: Partial<GateOptions> = args.includes('--comments-warn') ? { unresolvedComments: 'warn' } : {};
  const unknown = args.find((a) => a.startsWith('-') && !FLAGS.includes(a));
  const inputs = args.filter((a) => !a.startsWith('-'));
  if (unknown || !inputs.length) {
    io.stderr(`copydesk check: ${unknown ? `unknown option ${unknown}` : 'name at least one article file or folder'}.\nUsage: copydesk ${USAGE}\n`);
    return 2;
  }
  const files = await collectFiles(inputs);
  if (!files.length) {
    io.stderr('copydesk check: no article files (*.article.json) found.\n');
    return 1;
  }
  const now = new Date();
  const checked: Checked[] = [];
  for (const f of files) checked.push(await checkFile(f.file, f.missing, strict, now, options));
  const failed = checked.filter((c) => !c.ok).length;
  if (json) {
    const report = checked.map((c) => ({
      file: c.file,
      headline: c.headline,
      status: c.status,
      ok: c.ok,
      error: c.error,
      notes: c.notes,
      blocking: c.result?.blocking ?? 0,
      warnings: c.result?.warnings ?? 0,
      checks: c.result?.lines.map((l) => ({ rule: l.rule, title: l.title, passed: l.items.length === 0, items: l.items })) ?? [],
    }));
    io.stdout(JSON.stringify({ ok: failed === 0, articles: report }, null, 2) + '\n');
  } else {
    for (const c of checked) (c.error ? io.stderr : io.stdout)(formatChecked(c) + (c.error ? '' : '\n'));
    io.stdout(`${checked.length - failed} of ${checked.length} article${checked.length === 1 ? '' : 's'} ready${strict ? ' (strict: warnings fail too)' : ''}.\n`);
  }
  return failed ? 1 : 0;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Run the publish-readiness checklist on articles (files, or every *.article.json in a folder); exits 1 when any is not ready.',
  usage: USAGE,
  run,
};
