import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index';
import { makeArticle } from '../helpers/doc-builder';
import { newsroom, tempLibrary, writeArticle } from './support';

function capture() {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

const ROOT = resolve(import.meta.dirname, '../../..');

describe('copydesk search', () => {
  it('prints the matching articles, best first, with the matched words marked', async () => {
    const { root, data } = tempLibrary('search-cli');
    newsroom(root);
    const io = capture();
    expect(await main(['search', 'ferry', '--library', root, '--data', data], io)).toBe(0);
    expect(io.err).toBe('');
    expect(io.out).toMatch(/^2 articles match “ferry”\.\n\n1\. Council keeps the late «ferry»\n   ferry-vote\.article\.json · in-edit · updated 2026-03-02 · \d+ words\n/);
    expect(io.out).toContain('2. Budget gap widens\n   budget.article.json · draft · updated 2026-02-10');
    expect(io.out).toMatch(/body: .*The late budget is a «ferry» problem too\./);
  });

  it('filters by status, limits, answers in JSON and never shows private notes', async () => {
    const { root, data } = tempLibrary('search-cli');
    newsroom(root);
    const status = capture();
    expect(await main(['search', 'martinez', '--library', root, '--data', data, '--status', 'in-edit,published'], status)).toBe(0);
    expect(status.out).toMatch(/^1 article matches “martinez”\./);
    const limited = capture();
    expect(await main(['search', 'ferry', '--library', root, '--data', data, '--limit=1'], limited)).toBe(0);
    expect(limited.out).toMatch(/^2 articles match “ferry” \(showing 1\)\./);
    const json = capture();
    expect(await main(['search', 'source:martinez', '--json', '--library', root, '--data', data], json)).toBe(0);
    const answer = JSON.parse(json.out);
    expect(answer.hits.map((h: { file: string }) => h.file).sort()).toEqual(['budget.article.json', 'ferry-vote.article.json']);
    expect(answer.index).toMatchObject({ state: 'ready', complete: true });
    const secret = capture();
    expect(await main(['search', 'sister', '--library', root, '--data', data], secret)).toBe(0);
    expect(secret.out).toBe('No articles match “sister”.\n');
  });

  it('keeps its index under the data folder and brings it up to date on the next run', async () => {
    const { root, data } = tempLibrary('search-cli');
    newsroom(root);
    expect(await main(['search', 'ferry', '--library', root, '--data', data], capture())).toBe(0);
    expect(readdirSync(join(data, 'search', 'cli')).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);
    writeArticle(root, 'court.article.json', makeArticle({ id: 'court', headline: 'Lighthouse sold at auction' }));
    const io = capture();
    expect(await main(['search', 'lighthouse', '--library', root, '--data', data], io)).toBe(0);
    expect(io.out).toMatch(/^1 article matches “lighthouse”\.\n\n1\. «Lighthouse» sold at auction/);
  });

  it('explains a missing library, a bad option and a query with nothing to search', async () => {
    const { root, data } = tempLibrary('search-cli');
    const missing = capture();
    expect(await main(['search', 'ferry', '--library', join(root, 'nope'), '--data', data], missing)).toBe(1);
    expect(missing.err).toMatch(/nope: no such folder\.\n$/);
    const bad = capture();
    expect(await main(['search', 'ferry', '--library', root, '--limit', 'many'], bad)).toBe(2);
    expect(bad.err).toContain('--limit must be a whole number from 1 to 200 (not "many").');
    const status = capture();
    expect(await main(['search', 'ferry', '--library', root, '--status', 'done'], status)).toBe(2);
    expect(status.err).toContain('Unknown status done: use draft,');
    const nothing = capture();
    expect(await main(['search', '(*)', '--library', root, '--data', data], nothing)).toBe(2);
    expect(nothing.err).toContain('there are no words to search for in "(*)"');
    const none = capture();
    expect(await main(['search', '--library', root], none)).toBe(2);
    expect(none.err).toContain('Say what to search for.');
  });

  it('runs as the installed `copydesk` command', { timeout: 120_000 }, () => {
    const { root, data } = tempLibrary('search-cli');
    newsroom(root);
    const r = spawnSync(process.execPath, [resolve(ROOT, 'bin', 'copydesk.mjs'), 'search', '"late ferry"', '--library', root, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, COPYDESK_DATA: data },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).hits.map((h: { file: string }) => h.file)).toEqual(['ferry-vote.article.json']);
    expect(existsSync(join(data, 'search', 'cli'))).toBe(true);
  });
});
