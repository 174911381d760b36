import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { RICH_PATH, ROOT, articleWith } from './fixture';

function capture() {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

function folderWithOneBrokenFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  copyFileSync(RICH_PATH, join(dir, 'ferry-vote.article.json'));
  writeFileSync(join(dir, 'broken.article.json'), '{"schemaVersion": 1, "id": "cut-off');
  writeFileSync(join(dir, 'short.article.json'), serializeArticle(articleWith({ headline: 'Short item' })));
  writeFileSync(join(dir, 'readme.txt'), 'not an article');
  return dir;
}

describe('copydesk export', () => {
  it('exports the good files of a folder, reports the broken one with its reason, and exits 1', async () => {
    const dir = folderWithOneBrokenFile();
    const out = join(dir, 'out');
    const io = capture();
    const status = await main(['export', dir, '--to', 'html', '--out', out], io);
    expect(status).toBe(1);
    expect(io.err).toMatch(/\[1\/3\] broken\.article\.json: not exported: The file is not valid JSON/);
    expect(io.out).toMatch(/\[2\/3\] ferry-vote\.article\.json → .*ferry-vote\.html/);
    expect(io.out).toMatch(/\[3\/3\] short\.article\.json → .*short\.html/);
    expect(io.out).toContain('Exported 2 of 3 articles; 1 failed.');
    expect(readFileSync(join(out, 'ferry-vote.html'), 'utf8')).toContain('<h1>Council keeps the late ferry');
    expect(existsSync(join(out, 'broken.html'))).toBe(false);
  });

  it('refuses to replace files without --force, and replaces them with it', async () => {
    const dir = folderWithOneBrokenFile();
    const file = join(dir, 'short.article.json');
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'short.md'), 'keep me');
    const io = capture();
    expect(await main(['export', file, '--to', 'md', '--out', out], io)).toBe(1);
    expect(io.err).toContain('(use --force to replace it)');
    expect(readFileSync(join(out, 'short.md'), 'utf8')).toBe('keep me');
    expect(await main(['export', file, '--to=md', '--out', out, '--force'], capture())).toBe(0);
    expect(readFileSync(join(out, 'short.md'), 'utf8')).toContain('# Short item');
  });

  it('explains a wrong invocation with exit status 2', async () => {
    const io = capture();
    expect(await main(['export', RICH_PATH, '--to', 'rtf', '--out', 'x'], io)).toBe(2);
    expect(io.err).toContain('--to must be one of html, pdf, md, docx, ninjs');
  });

  it('runs as the installed `copydesk` command', () => {
    const dir = folderWithOneBrokenFile();
    const r = spawnSync(process.execPath, [resolve(ROOT, 'bin', 'copydesk.mjs'), 'export', join(dir, 'short.article.json'), '--to', 'ninjs', '--out', join(dir, 'o')], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'o', 'short.ninjs.json'), 'utf8')).headlines[0].value).toBe('Short item');
  });
});
