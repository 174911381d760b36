import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { doc, makeArticle, p, pullQuote, quotation, section } from '../helpers/doc-builder';

const ROOT = resolve(__dirname, '../../..');

function capture() {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

/** A small story with one of everything the panel reports, written to a real file. */
function storyFile(): string {
  const article = makeArticle({
    headline: 'Council keeps the late ferry',
    sources: [
      { id: 'ruiz', name: 'Ana Ruiz', title: 'Chair', contact: '+1 555 0100', notes: 'private' },
      { id: 'official', name: 'J. Doe', standing: 'anonymous', anonymousDescription: 'a senior official' },
    ],
    body: doc(
      p('“', quotation('We will keep the late ferry running', 'ruiz', 'q1'), ',” said Ruiz.'),
      section('Costs', p('“', quotation('It costs too much', 'official', 'q2'), ',” an official said. Others said “nobody asked the riders first.”')),
      pullQuote('We will keep the late ferry running', 'official', 'pq1'),
    ),
  });
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-sources-'));
  const file = join(dir, 'ferry.article.json');
  writeFileSync(file, serializeArticle(article));
  return file;
}

describe('copydesk sources', () => {
  it('prints the table of sources with standing, quotations, quoted words and share, then the warnings', async () => {
    const io = capture();
    expect(await main(['sources', storyFile()], io)).toBe(0);
    expect(io.err).toBe('');
    const lines = io.out.split('\n');
    expect(lines[0]).toBe('Council keeps the late ferry');
    expect(lines).toContainEqual(expect.stringMatching(/^Source\s+Standing\s+Quotations\s+Quoted words\s+Share$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Ana Ruiz\s+on the record\s+1\s+7\s+64%$/));
    expect(lines).toContainEqual(expect.stringMatching(/^J\. Doe\s+anonymous\s+1\s+4\s+36%$/));
    expect(io.out).toContain('2 sources: 1 on the record, 0 on background, 1 anonymous. 2 quotations, 11 quoted words.');
    expect(io.out).toContain('3 warnings:');
    expect(io.out).toContain('Quoted words are not attributed to a source: “nobody asked the riders first.”');
    expect(io.out).toContain('[pull-quote-source-mismatch]');
    expect(io.out).toContain('[anonymity-without-reason]');
    expect(io.out).not.toMatch(/555|private/);
  });

  it('prints the analysis as JSON with --json', async () => {
    const io = capture();
    expect(await main(['sources', '--json', storyFile()], io)).toBe(0);
    const analysis = JSON.parse(io.out);
    expect(analysis.totals).toMatchObject({ sources: 2, quotations: 2, quotedWords: 11 });
    expect(analysis.sources[0].quotations[0]).toMatchObject({ id: 'q1', words: 7 });
  });

  it('explains a missing, unreadable or invalid file on stderr and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-sources-bad-'));
    const broken = join(dir, 'broken.article.json');
    writeFileSync(broken, '{"schemaVersion": 1, "id": "cut-off');
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.article.json'), /missing\.article\.json: no such file\./],
      [dir, /is a folder, not an article file/],
      [broken, /broken\.article\.json: The file is not valid JSON/],
    ];
    for (const [file, message] of cases) {
      const io = capture();
      expect(await main(['sources', file], io)).toBe(1);
      expect(io.err).toMatch(message);
      expect(io.out).toBe('');
    }
  });

  it('shows its usage and exits 2 when called wrongly', async () => {
    for (const args of [['sources'], ['sources', 'a', 'b'], ['sources', 'a', '--csv']]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.err).toContain('Usage: copydesk sources FILE [--json]');
    }
  });

  it('runs as the installed `copydesk` command', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'copydesk.mjs'), 'sources', storyFile(), '--json'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).warnings.map((w: { code: string }) => w.code)).toEqual([
      'unattributed-quote',
      'pull-quote-source-mismatch',
      'anonymity-without-reason',
    ]);
  });
});
