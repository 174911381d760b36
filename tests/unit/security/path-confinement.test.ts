import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services';
import { serializeArticle } from '../../../src/shared/article/file-format';
import { CHANNELS, contract, type Channel } from '../../../src/shared/ipc/contract';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import { makeArticle } from '../helpers/doc-builder';

let root: string;
let lib: string;
let outside: string;
let services: Services;

/** Every file under `dir` with a hash of its bytes: what "untouched" is checked against. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(full);
      else out[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex') + `:${st.mtimeMs}`;
    }
  };
  walk(dir);
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cd-confine-'));
  lib = join(root, 'library');
  outside = join(root, 'outside');
  mkdirSync(lib);
  mkdirSync(join(outside, 'nested'), { recursive: true });
  writeFileSync(join(outside, 'secret.article.json'), serializeArticle(makeArticle({ headline: 'Secret' })));
  writeFileSync(join(outside, 'nested', 'notes.txt'), 'private');
  // A link inside the library that leads out of it.
  symlinkSync(join(outside, 'secret.article.json'), join(lib, 'escape.article.json'));
  symlinkSync(outside, join(lib, 'escape-dir'));
  services = await createServices({ libraryPath: lib, dataDir: join(root, 'data') });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Paths an attacker (or a bug) might send: traversal, absolute, encoded, Windows-style, NUL, links. */
function hostilePath(): fc.Arbitrary<string> {
  const target = fc.constantFrom('secret.article.json', 'nested/notes.txt', 'nested', '', 'x.article.json');
  return fc.oneof(
    fc.tuple(fc.integer({ min: 1, max: 6 }), target, fc.constantFrom('/', '\\')).map(([n, t, sep]) => `..${sep}`.repeat(n) + 'outside' + sep + t),
    target.map((t) => join(outside, t)),
    target.map((t) => `file://${join(outside, t)}`),
    fc.constantFrom(
      'escape.article.json', 'escape-dir/secret.article.json', '%2e%2e%2foutside%2fsecret.article.json', '..%2f..%2foutside',
      'a\u0000.article.json', '.', '..', '', '/', '/etc/passwd', 'C:\\Windows\\win.ini', '\\\\server\\share\\x.article.json',
      '....//....//outside/secret.article.json', 'library/../outside/secret.article.json', '~/secret.article.json',
    ),
    fc.string({ maxLength: 30 }),
  );
}

/** A valid request for `channel` with every path-like string field set to `p`. */
function payloadFor(channel: Channel, p: string): Record<string, unknown> {
  const article = makeArticle({ headline: 'Probe' });
  const base: Record<string, Record<string, unknown>> = {
    'library.save': { article, baseHash: '', force: true },
    'journal.write': { article, baseHash: '' },
    'export.run': { format: 'md', pageSize: 'A4', sourceAppendix: false, destinationDir: join(lib, 'exports'), overwrite: true, id: 'probe' },
    'import.preview': { text: 'Headline\n\nA paragraph.', format: 'text', id: 'probe' },
  };
  const payload: Record<string, unknown> = { ...(base[channel] ?? {}) };
  for (const key of ['file', 'path', 'fileName', 'previewId', 'current']) payload[key] = p;
  return payload;
}

const PATH_CHANNELS = CHANNELS.filter((c) => {
  const shape = (contract[c].input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return ['file', 'path', 'fileName', 'previewId', 'current'].some((k) => k in shape);
});

describe('paths are confined to the library (property test, seed printed on failure)', () => {
  it('covers every channel that takes a path', () => {
    expect(PATH_CHANNELS).toEqual(expect.arrayContaining(['library.open', 'library.save', 'library.readRaw', 'library.moveAside', 'library.restoreBackup', 'journal.write', 'export.run']));
  });

  it('no generated path on any channel reads, writes or moves anything outside the library', async () => {
    const before = snapshot(outside);
    let calls = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostilePath(), fc.constantFrom(...PATH_CHANNELS), async (p, channel) => {
        const r = await dispatch(services.handlers, channel, payloadFor(channel, p));
        calls++;
        if (!r.ok) refused++;
        // Nothing from outside may come back either: the secret article's headline never appears.
        expect(JSON.stringify(r)).not.toContain('"headline":"Secret"');
        expect(JSON.stringify(r)).not.toContain('private');
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
    expect(snapshot(outside)).toEqual(before);
    console.log(`path confinement: ${calls} hostile requests over ${PATH_CHANNELS.length} channels, ${refused} refused, 0 files outside the library touched`);
  });
});
