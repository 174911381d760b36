import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle, serializeArticle } from '../../../src/shared/article/file-format';
import type { Article } from '../../../src/shared/article/model';
import { readArticle, writeArticle } from '../../../src/shared/collab/article-doc';
import { COLLAB_FORMAT } from '../../../src/shared/collab/doc-layout';
import { CollabServer } from '../../../src/main/collab/collab-server';
import { UserBook } from '../../../src/main/collab/users';
import { allSent, connect, synced, until, type Client } from './support/client';
import { baseArticle } from './support/articles';

/**
 * The Copydesk server on loopback with real provider clients, files and SQLite: what a desk sees.
 */
const FILE = 'ferry-vote.article.json';
const QUERY = `format=${COLLAB_FORMAT}`;

let root: string;
let library: string;
let data: string;
let tokens: { reporter: string; editor: string; legal: string };
const open: (() => unknown)[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-collab-'));
  library = join(root, 'library');
  data = join(root, 'data');
  await import('node:fs/promises').then((f) => f.mkdir(library));
  await writeFile(join(library, FILE), serializeArticle(baseArticle()));
  const users = await UserBook.open(data);
  tokens = { reporter: await users.add('Ana Ruiz', 'reporter'), editor: await users.add('Tom Lee', 'editor'), legal: await users.add('Lee Counsel', 'read-only') };
});

afterEach(async () => {
  for (const close of open.splice(0).reverse()) await close();
  await rm(root, { recursive: true, force: true });
});

async function startServer(writeBackMs = 100): Promise<{ url: string; server: CollabServer }> {
  const server = new CollabServer({ libraryPath: library, dataDir: data, writeBackMs, log: () => {} });
  const { url } = await server.start();
  open.push(() => server.stop());
  return { url, server };
}

function client(url: string, token: string | null, name = FILE): Client {
  const c = connect(url, name, token, { query: QUERY });
  open.push(() => c.close());
  return c;
}

const articleOf = (c: Client): Article => {
  const read = readArticle(c.doc);
  if (!read.ok) throw new Error(read.error.message);
  return read.article;
};

const edit = (c: Client, change: (a: Article) => Article) => writeArticle(c.doc, change(articleOf(c)), 'test');

async function fileArticle(): Promise<Article> {
  const parsed = parseArticle(await readFile(join(library, FILE), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.article;
}

/** Waits until the library file holds what `test` wants (the write-back is debounced). */
async function fileUntil(test: (a: Article) => boolean, ms = 15_000): Promise<Article> {
  const end = Date.now() + ms;
  for (;;) {
    const a = await fileArticle();
    if (test(a) || Date.now() > end) return a;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the Copydesk server', () => {
  it('two clients edit one article and converge; the file written back is the shared article', async () => {
    const { url } = await startServer();
    const ana = client(url, tokens.reporter);
    const tom = client(url, tokens.editor);
    await Promise.all([synced(ana.provider), synced(tom.provider)]);
    expect(articleOf(ana).headline).toBe('Council backs ferry fares');
    edit(ana, (a) => ({ ...a, headline: 'Council backs higher ferry fares' }));
    edit(tom, (a) => ({ ...a, dek: 'A narrow vote after a long night.' }));
    await until(ana.doc, () => articleOf(ana).dek.includes('long night'));
    await until(tom.doc, () => articleOf(tom).headline.includes('higher'));
    await Promise.all([allSent(ana.provider), allSent(tom.provider)]);
    expect(serializeArticle(articleOf(ana))).toBe(serializeArticle(articleOf(tom)));
    const file = await fileUntil((a) => a.dek.includes('long night') && a.headline.includes('higher'));
    expect(serializeArticle(file)).toBe(serializeArticle(articleOf(ana)));
  });

  it('refuses a client without a token or with a bad one, which reads nothing', async () => {
    const { url } = await startServer();
    for (const token of [null, 'not-a-token', tokens.reporter.slice(1)]) {
      const c = client(url, token);
      const reason = await new Promise<string>((resolve) => c.provider.on('authenticationFailed', (e: { reason: string }) => resolve(e.reason)));
      expect(reason).toBeTruthy();
      expect(c.doc.getMap('fields').size).toBe(0);
      expect(c.doc.getXmlFragment('body').length).toBe(0);
    }
  });

  it('refuses an older client, and a name outside the library', async () => {
    const { url } = await startServer();
    const old = connect(url, FILE, tokens.reporter, { query: `format=${COLLAB_FORMAT - 1}` });
    open.push(() => old.close());
    const outside = client(url, tokens.reporter, '../secret.article.json');
    for (const c of [old, outside]) {
      await new Promise((resolve) => c.provider.on('authenticationFailed', resolve));
      expect(c.doc.getXmlFragment('body').length).toBe(0);
    }
  });

  it('a read-only client reads the article, and its edits are not applied', async () => {
    const { url } = await startServer();
    const legal = client(url, tokens.legal);
    const ana = client(url, tokens.reporter);
    await Promise.all([synced(legal.provider), synced(ana.provider)]);
    expect(articleOf(legal).headline).toBe('Council backs ferry fares');
    edit(legal, (a) => ({ ...a, headline: 'Changed by legal' }));
    edit(ana, (a) => ({ ...a, dek: 'Marker edit.' }));
    await until(legal.doc, () => articleOf(legal).dek === 'Marker edit.');
    // The marker came after legal's edit over the same server: legal's edit had its chance to arrive.
    await new Promise((r) => setTimeout(r, 200));
    expect(articleOf(ana).headline).toBe('Council backs ferry fares');
    const late = client(url, tokens.editor);
    await synced(late.provider);
    expect(articleOf(late).headline).toBe('Council backs ferry fares');
    expect((await fileUntil((a) => a.dek === 'Marker edit.')).headline).toBe('Council backs ferry fares');
  });

  it('seeds an unseeded article once, from the file, however many clients connect at once', async () => {
    const { url } = await startServer();
    const clients = [client(url, tokens.reporter), client(url, tokens.editor), client(url, tokens.legal)];
    await Promise.all(clients.map((c) => synced(c.provider)));
    const expected = serializeArticle(baseArticle());
    for (const c of clients) expect(serializeArticle(articleOf(c))).toBe(expected);
  });

  it('keeps the state across a restart, from the database and not from the file', async () => {
    const first = await startServer();
    const ana = client(first.url, tokens.reporter);
    await synced(ana.provider);
    edit(ana, (a) => ({ ...a, headline: 'Kept across a restart' }));
    await allSent(ana.provider);
    ana.close();
    await first.server.stop();
    // Someone changes the file while the server is down: the shared state is not re-seeded from it.
    await writeFile(join(library, FILE), serializeArticle({ ...baseArticle(), dek: 'Changed on disk.' }));
    const second = await startServer();
    const tom = client(second.url, tokens.editor);
    await synced(tom.provider);
    expect(articleOf(tom).headline).toBe('Kept across a restart');
    expect(articleOf(tom).dek).toBe('A narrow vote.');
  });

  it('loses nothing a client was told was synced when the server process is SIGKILLed mid-edit', async () => {
    const run = async (): Promise<{ child: ChildProcess; url: string }> => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'support/server-child.ts'), library, data], { stdio: ['ignore', 'pipe', 'inherit'] });
      open.push(() => child.kill('SIGKILL'));
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout!.once('data', (b: Buffer) => resolve(b.toString().trim()));
        child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
      return { child, url: `ws://127.0.0.1:${port}` };
    };
    const first = await run();
    const ana = client(first.url, tokens.reporter);
    await synced(ana.provider);
    for (let i = 1; i <= 20; i++) edit(ana, (a) => ({ ...a, headline: `${a.headline} ${i}` }));
    await allSent(ana.provider);
    const acknowledged = articleOf(ana).headline;
    // Keep typing, then kill the server without warning, before any debounced store (60 s) ran.
    edit(ana, (a) => ({ ...a, dek: 'typed while it died' }));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    ana.close();

    const second = await run();
    const tom = client(second.url, tokens.editor);
    await synced(tom.provider);
    expect(articleOf(tom).headline).toBe(acknowledged);
    expect(acknowledged).toMatch(/ 20$/);
  }, 30_000);
});
