import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import { serializeArticle } from '../../../src/shared/article/file-format';
import type { Article } from '../../../src/shared/article/model';
import { claim, doc, makeArticle, p } from '../helpers/doc-builder';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function capture() {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

function readyArticle(change: Partial<Article> = {}): Article {
  return makeArticle({
    headline: 'Council keeps the late ferry',
    byline: 'By Ana Ruiz',
    slug: 'ferry-vote',
    body: doc(p('The late sailing carried ', claim('41,000 passengers', 'c1'), ' last year.')),
    claims: [{ id: 'c1', status: 'verified' }],
    ...change,
  });
}

function desk(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const write = (a: Article) => serializeArticle(a);

describe('copydesk check', () => {
  it('passes a folder of ready stories with exit status 0', async () => {
    const dir = desk({ 'ferry.article.json': write(readyArticle()), 'notes.txt': 'not an article' });
    const io = capture();
    expect(await main(['check', dir], io)).toBe(0);
    expect(io.out).toContain('ferry.article.json — Council keeps the late ferry (Draft)');
    expect(io.out).toContain('  ✓ No TK left');
    expect(io.out).toContain('  Ready: 0 blocking, 0 warnings.');
    expect(io.out).toContain('1 of 1 article ready.');
  });

  it('prints each failure with the words concerned, and exits 1 when any story is not ready', async () => {
    const dir = desk({
      'a-ready.article.json': write(readyArticle()),
      'b-tk.article.json': write(readyArticle({ headline: 'Fares up TK percent', claims: [{ id: 'c1', status: 'unverified', evidence: '', link: '' }] })),
      'c-broken.article.json': '{"schemaVersion": 2, "id": "cut-off',
    });
    const io = capture();
    expect(await main(['check', dir], io)).toBe(1);
    expect(io.out).toContain('  ✗ No TK left: “TK” is still in the headline: fill it in before publishing.');
    expect(io.out).toContain('  ✗ Claims verified or waived: The claim “41,000 passengers” is unverified: verify it, or waive it with a reason.');
    expect(io.out).toContain('  Not ready: 2 blocking, 0 warnings.');
    expect(io.err).toMatch(/c-broken\.article\.json: cannot be checked: The file is not valid JSON/);
    expect(io.out).toContain('1 of 3 articles ready.');
  });

  it('blocks on an unresolved comment, which --comments-warn (the desk setting) turns into a warning', async () => {
    const base = readyArticle();
    const thread = { id: 't1', author: 'Sam Okafor', at: '2026-11-30T09:00:00.000Z', body: 'Source for this figure?', editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote: '41,000 passengers' };
    const dir = desk({ 'open.article.json': write({ ...base, review: { ...base.review, threads: { t1: thread } } }) });
    const io = capture();
    expect(await main(['check', dir], io)).toBe(1);
    expect(io.out).toContain('  ✗ No unresolved comments: A comment by Sam Okafor on deleted text “41,000 passengers” is not resolved: “Source for this figure?”.');
    const warned = capture();
    expect(await main(['check', dir, '--comments-warn'], warned)).toBe(0);
    expect(warned.out).toContain('  ! No unresolved comments: A comment by Sam Okafor');
    expect(warned.out).toContain('  Ready: 0 blocking, 1 warning.');
    expect(await main(['check', dir, '--comments-warn', '--strict'], capture())).toBe(1);
  });

  it('lets warnings pass, unless --strict', async () => {
    const dir = desk({ 'long.article.json': write(readyArticle({ wordTarget: 800 })) });
    expect(await main(['check', dir], capture())).toBe(0);
    const io = capture();
    expect(await main(['check', dir, '--strict'], io)).toBe(1);
    expect(io.out).toMatch(/! Word count within the target: The story is \d+ words, \d+ short the target of 800/);
    expect(io.out).toContain('(strict: warnings fail too)');
  });

  it('answers in JSON for a pipeline', async () => {
    const dir = desk({ 'tk.article.json': write(readyArticle({ dek: 'Costs $TK.' })) });
    const io = capture();
    expect(await main(['check', join(dir, 'tk.article.json'), '--json'], io)).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.ok).toBe(false);
    expect(report.articles[0]).toMatchObject({ ok: false, blocking: 1, headline: 'Council keeps the late ferry' });
    const tk = report.articles[0].checks.find((c: { rule: string }) => c.rule === 'no-tk');
    expect(tk.items[0]).toMatchObject({ severity: 'block', target: { kind: 'field', field: 'dek' } });
  });

  it('says which named file is missing, and counts it as not ready', async () => {
    const io = capture();
    expect(await main(['check', join(tmpdir(), 'no-such-story.article.json')], io)).toBe(1);
    expect(io.err).toContain('no-such-story.article.json: cannot be checked: no such file or folder');
  });

  it('explains a wrong invocation with exit status 2', async () => {
    let io = capture();
    expect(await main(['check'], io)).toBe(2);
    expect(io.err).toContain('Usage: copydesk check FILE-or-FOLDER… [--json] [--strict] [--comments-warn]');
    io = capture();
    expect(await main(['check', '.', '--loose'], io)).toBe(2);
    expect(io.err).toContain('unknown option --loose');
  });

  it('runs as the installed `copydesk` command', () => {
    const dir = desk({ 'tk.article.json': write(readyArticle({ headline: 'TK' })) });
    const r = spawnSync(process.execPath, [resolve(ROOT, 'bin', 'copydesk.mjs'), 'check', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('✗ No TK left');
  });
});
