import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/main/services';
import { parseArticle } from '../../../src/shared/article/file-format';
import { dispatch } from '../../../src/shared/ipc/dispatch';
import type { ImportPreview, ImportProgressEvent, OpenedArticle } from '../../../src/shared/ipc/contract';
import type { Result } from '../../../src/shared/ipc/result';
import { generateCopy } from './generated-copy';

const STORY = [
  'Ferry board postpones vote on Skarra crossing',
  'The decision leaves the island without a timetable for the winter.',
  '“We are not here to close anything,” said Ingrid Sæther, the chair of the board.',
  'The numbers',
  '“It was expensive,” Sæther said, “but it kept the boats running.”',
  '"Nobody asked us," said Tomas Berg, a fisherman from the island.',
].join('\n\n');

let services: Services | null = null;

async function start(): Promise<{ s: Services; libraryDir: string; events: ImportProgressEvent[] }> {
  const libraryDir = mkdtempSync(join(tmpdir(), 'copydesk-import-lib-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'copydesk-import-data-'));
  const s = await createServices({ libraryPath: libraryDir, dataDir });
  services = s;
  const events: ImportProgressEvent[] = [];
  s.bus.subscribe('import.progress', (p) => events.push(p));
  return { s, libraryDir, events };
}

afterEach(async () => {
  await services?.stop();
  services = null;
});

async function call<T>(s: Services, channel: string, payload: unknown): Promise<Result<T>> {
  return (await dispatch(s.handlers, channel, payload)) as Result<T>;
}

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('import service', () => {
  it('previews a file in a worker with progress, then creates the reviewed article as a new file', async () => {
    const { s, libraryDir, events } = await start();
    const preview = await call<ImportPreview>(s, 'import.preview', { fileName: 'ferry.txt', bytes: b64(STORY), id: 'p1' });
    if (!preview.ok) throw new Error(preview.error.message);
    const { draft, previewId } = preview.value;
    expect(draft.headline).toBe('Ferry board postpones vote on Skarra crossing');
    expect(draft.body).toBeUndefined();
    expect(draft.sections).toEqual(['The numbers']);
    expect(draft.quotations).toHaveLength(3);
    expect(events.map((e) => e.stage)).toEqual(['reading', 'analysing', 'done']);
    expect(events.every((e) => e.id === 'p1')).toBe(true);

    // The user corrects the headline and a section title, and drops Berg's quotation.
    const berg = draft.quotations.find((q) => q.text.startsWith('Nobody'))!;
    const reviewed = {
      ...draft,
      headline: 'Ferry vote postponed',
      sections: ['What it cost'],
      quotations: draft.quotations.filter((q) => q !== berg),
    };
    const created = await call<OpenedArticle>(s, 'import.create', { previewId, draft: reviewed });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.file).toBe('ferry-vote-postponed.article.json');

    const parsed = parseArticle(readFileSync(join(libraryDir, created.value.file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const text = JSON.stringify(parsed.article.body);
    expect(parsed.article.headline).toBe('Ferry vote postponed');
    expect(text).toContain('What it cost');
    expect(text.match(/"type":"quotation"/g)?.length).toBe(3); // Sæther's two quotations, one in two parts
    expect(parsed.article.sources.map((x) => x.name)).toEqual(expect.arrayContaining(['Ingrid Sæther']));

    // The preview is used up; importing the same copy again never overwrites the first article.
    expect((await call(s, 'import.create', { previewId, draft: reviewed })).ok).toBe(false);
    const again = await call<ImportPreview>(s, 'import.preview', { fileName: 'ferry.txt', bytes: b64(STORY) });
    if (!again.ok) throw new Error(again.error.message);
    const second = await call<OpenedArticle>(s, 'import.create', { previewId: again.value.previewId, draft: { ...again.value.draft, headline: 'Ferry vote postponed' } });
    expect(second.ok && second.value.file).toBe('ferry-vote-postponed-2.article.json');
    expect(readdirSync(libraryDir).filter((n) => n.endsWith('.article.json')).sort()).toEqual([
      'ferry-vote-postponed-2.article.json',
      'ferry-vote-postponed.article.json',
    ]);
  });

  it('imports text sent with its format, and HTML without scripts', async () => {
    const { s } = await start();
    const r = await call<ImportPreview>(s, 'import.preview', {
      fileName: 'clip.html',
      text: '<h1>Storm closes harbour</h1><script>alert(1)</script><p onclick="x()" style="color:red">“The boats stay in,” said Ann Lee, the harbour master.</p>',
      format: 'html',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.draft.headline).toBe('Storm closes harbour');
    expect(JSON.stringify(r.value.draft)).not.toContain('alert');
    expect(r.value.draft.sources[0]?.name).toBe('Ann Lee');
  });

  it('answers bad input with a sentence, not a crash', async () => {
    const { s, events } = await start();
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['empty.txt', '', /empty/],
      ['blank.txt', '   \n\n ', /no text/],
      ['photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), /binary/],
      ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]), /not valid UTF-8/],
      ['broken.docx', 'PK\u0003\u0004not really a zip', /could not be read as a Word document/],
    ];
    for (const [fileName, bytes, message] of cases) {
      const r = await call(s, 'import.preview', { fileName, bytes: b64(bytes) });
      expect(r.ok, fileName).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    expect(events.filter((e) => e.stage === 'failed')).toHaveLength(cases.length);
    // Neither bytes nor text, or both: refused at the boundary.
    expect((await call(s, 'import.preview', { fileName: 'x.txt' })).ok).toBe(false);
    expect((await call(s, 'import.preview', { fileName: 'x.txt', bytes: '', text: 'a' })).ok).toBe(false);
    // A draft that is not a draft is refused by the schema.
    const bad = await call(s, 'import.create', { draft: { headline: 1 } });
    expect(!bad.ok && bad.error.code).toBe('invalid-request');
  });

  it('refuses 30 MB of text at once, without analysing it', async () => {
    const { s } = await start();
    const t = performance.now();
    const r = await call(s, 'import.preview', { fileName: 'huge.txt', bytes: b64(new Uint8Array(30 * 1024 * 1024).fill(0x61)) });
    expect(!r.ok && r.error.message).toMatch(/30 MB of text.*Split it/);
    // Beyond what a request may carry, the boundary refuses it.
    const huge = await call(s, 'import.preview', { fileName: 'huge.txt', bytes: 'a'.repeat(61 * 1024 * 1024) });
    expect(!huge.ok && huge.error.code).toBe('invalid-request');
    expect(performance.now() - t).toBeLessThan(5000);
  }, 60_000);

  it('imports 5 MB of copy off the main thread: timers keep firing while the worker analyses it', async () => {
    const { s, events } = await start();
    const text = generateCopy(5 * 1024 * 1024);
    let ticks = 0;
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      ticks++;
    }, 20);
    const r = await call<ImportPreview>(s, 'import.preview', { fileName: 'long.txt', bytes: b64(text), id: 'big' });
    clearInterval(timer);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.words).toBeGreaterThan(500_000);
    expect(r.value.draft.quotations.length).toBeGreaterThan(1000);
    expect(events.filter((e) => e.id === 'big').map((e) => e.stage)).toEqual(['reading', 'analysing', 'done']);
    expect(ticks).toBeGreaterThan(20);
    // The engine takes seconds on this much copy; the main thread never stalled for that long.
    expect(longest).toBeLessThan(1500);
    const created = await call<OpenedArticle>(s, 'import.create', { previewId: r.value.previewId, draft: r.value.draft });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.article.sources.length).toBe(r.value.draft.sources.length);
  }, 120_000);

  it('browser mode has no native file dialog', async () => {
    const { s } = await start();
    const r = await call(s, 'import.chooseFile', {});
    expect(r).toEqual({ ok: true, value: null });
  });
});
