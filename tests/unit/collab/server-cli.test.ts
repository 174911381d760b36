import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { readArticle } from '../../../src/shared/collab/article-doc';
import { COLLAB_FORMAT } from '../../../src/shared/collab/doc-layout';
import { UserBook } from '../../../src/main/collab/users';
import { connect, synced } from './support/client';
import { baseArticle } from './support/articles';

/** `copydesk server add-user` and `copydesk server`, as a desk's admin runs them. */
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-server-cli-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('copydesk server', () => {
  it('add-user prints a token that the server accepts for that user and role', async () => {
    const data = join(root, 'data');
    const added = await run('server', 'add-user', 'Lee Counsel', '--role', 'read-only', '--data', data);
    expect(added.code).toBe(0);
    const token = added.out.trim();
    expect(token).toMatch(/^[\w-]{40,}$/);
    expect((await UserBook.open(data)).authenticate(token)).toEqual({ name: 'Lee Counsel', role: 'read-only' });
    expect((await run('server', 'add-user', 'X', '--role', 'boss', '--data', data)).code).toBe(2);
    expect((await run('server', '--library', root)).err).toMatch(/--data/);
  });

  it('serves a library until stopped', async () => {
    const library = join(root, 'library');
    const data = join(root, 'data');
    await mkdir(library);
    await writeFile(join(library, 'ferry.article.json'), serializeArticle(baseArticle()));
    const token = (await run('server', 'add-user', 'Ana Ruiz', '--role', 'reporter', '--data', data)).out.trim();
    const child = spawn(process.execPath, [join(__dirname, '../../../bin/copydesk.mjs'), 'server', '--library', library, '--data', data, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let seen = '';
        child.stdout!.on('data', (b: Buffer) => {
          seen += b.toString();
          const m = /at (ws:\/\/\S+)/.exec(seen);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const c = connect(url, 'ferry.article.json', token, { query: `format=${COLLAB_FORMAT}` });
      await synced(c.provider);
      const read = readArticle(c.doc);
      expect(read.ok && read.article.headline).toBe('Council backs ferry fares');
      c.close();
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
