import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DocNode } from '../src/shared/article/model';
import { serializeArticle } from '../src/shared/article/file-format';
import { generateArticle } from '../tests/support/generate-article';
import { startHost, CHROMIUM_PATH, CHROMIUM_ARGS } from '../tests/support/browser-host';
import { COMMIT_COUNTER_SCRIPT } from '../tests/support/react-commits';
import type { BenchRow } from './run';

const ROOT = resolve(import.meta.dirname, '..');
/** Frames as fast as the page can make them: no vsync, no 60 Hz cap, so the figure is the work, not the wait. */
export const ARGS = [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'];
const WARM_UPS = 5;

/** Article sizes to measure (`BENCH_TYPING_SIZES=2000,20000` to choose; the smoke test uses the smallest). */
export function typingSizes(): number[] {
  const env = process.env.BENCH_TYPING_SIZES;
  return env ? env.split(',').map(Number) : [2_000, 20_000, 200_000];
}

function keystrokes(): number {
  return Number(process.env.BENCH_TYPING_KEYS ?? 100);
}

/** The peer editor's page script: TipTap's StarterKit and nothing else, holding the content it is given. */
const PEER_ENTRY = `
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
const element = document.getElementById('editor');
window.peerEditor = new Editor({ element, extensions: [StarterKit], content: window.PEER_CONTENT,
  editorProps: { attributes: { 'aria-label': 'Peer body', spellcheck: 'false' } } });
`;

/** The same text in StarterKit's schema: section titles as headings, pull quotes as block quotes, no quotation marks. */
export function peerDoc(node: DocNode): DocNode {
  const map = (n: DocNode): DocNode[] => {
    if (n.type === 'section') return (n.content ?? []).flatMap(map);
    if (n.type === 'sectionTitle') return [{ type: 'heading', attrs: { level: 2 }, content: n.content?.map(plain) }];
    if (n.type === 'pullQuote') return [{ type: 'blockquote', content: [{ type: 'paragraph', content: n.content?.map(plain) }] }];
    if (n.type === 'paragraph') return [{ type: 'paragraph', content: n.content?.map(plain) }];
    return [n];
  };
  const plain = (t: DocNode): DocNode => ({ type: 'text', text: t.text ?? '' });
  return { type: 'doc', content: (node.content ?? []).flatMap(map) };
}

/** Builds the peer page once (esbuild) into a temporary folder. */
export async function peerPage(dir: string): Promise<string> {
  await build({
    stdin: { contents: PEER_ENTRY, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    format: 'iife',
    minify: true,
    outfile: join(dir, 'peer.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Peer editor</title><style>body{font:18px/1.5 serif;max-width:42rem;margin:2rem auto}</style>` +
      `<div id="editor"></div><script src="content.js"></script><script src="peer.js"></script>`,
  );
  return join(dir, 'index.html');
}

/**
 * In the page: from each keydown's `timeStamp` to the first animation frame after the editor's DOM
 * changed. `window.__keyLatencies` collects the figures. (Page code, kept as text: the bench compiles without DOM types.)
 */
const latencyProbe = (selector: string) => `(() => {
  window.__keyLatencies = [];
  let pending = null;
  document.addEventListener('keydown', (e) => (pending = e.timeStamp), true);
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    requestAnimationFrame(() => window.__keyLatencies.push(performance.now() - start));
  }).observe(document.querySelector(${JSON.stringify(selector)}), { subtree: true, childList: true, characterData: true });
})()`;

const nextFrame = `new Promise(requestAnimationFrame)`;

interface Latency {
  p50: number;
  p95: number;
  max: number;
}

function stats(xs: number[]): Latency {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/** Types warm-ups then `count` letters at `interval` ms into the focused editor; returns the measured latencies. */
async function typeAndMeasure(page: Page, selector: string, interval: number, count: number): Promise<number[]> {
  await page.evaluate(latencyProbe(selector));
  for (let i = 0; i < WARM_UPS; i++) {
    await page.keyboard.press('x');
    await page.waitForTimeout(interval);
  }
  await page.evaluate('window.__keyLatencies = []');
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('abcdefghijklmnopqrstuvwxyz'[i % 26]);
    await page.waitForTimeout(interval);
  }
  // The last frame lands before we read.
  await page.waitForFunction(`window.__keyLatencies.length >= ${count}`, undefined, { timeout: 60_000 }).catch(() => {});
  return (await page.evaluate('window.__keyLatencies')) as number[];
}

/** Clicks into the middle paragraph of an editor and puts the cursor at its end. */
export async function clickMiddle(page: Page, selector: string): Promise<void> {
  const paragraphs = page.locator(`${selector} p`);
  const n = await paragraphs.count();
  const p = paragraphs.nth(Math.floor(n / 2));
  await p.scrollIntoViewIfNeeded();
  await p.click();
  await page.keyboard.press('End');
}

/** One figure with its peer from the same run. */
export interface PeerRow extends BenchRow {
  peer?: number | string;
  ratio?: number;
}

export function compare(name: string, value: number, peer: number, unit: string): PeerRow {
  return { name, value, unit, peer, ratio: peer > 0 ? value / peer : undefined };
}

export async function copydeskOpen(page: Page, url: string, headline: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Library' }).waitFor();
  const t0 = Date.now();
  await page.getByRole('link', { name: headline, exact: true }).click();
  await page.locator('.article-body[contenteditable="true"]').waitFor({ timeout: 120_000 });
  await page.evaluate(nextFrame);
  return Date.now() - t0;
}

export async function peerOpen(page: Page, file: string): Promise<number> {
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href);
  await page.locator('.ProseMirror[contenteditable="true"]').waitFor({ timeout: 120_000 });
  await page.evaluate(nextFrame);
  return Date.now() - t0;
}

/**
 * Keystroke to next frame and open to editable, Copydesk against a bare TipTap StarterKit editor
 * holding the same text, both in Debian's Chromium in the same run; and React commits per keystroke.
 */
export async function bench(): Promise<PeerRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-peer-'));
  const host = await startHost();
  let browser: Browser | null = null;
  const rows: PeerRow[] = [];
  try {
    const peerHtml = await peerPage(dir);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    const count = keystrokes();
    for (const words of typingSizes()) {
      const label = words.toLocaleString('en-GB');
      const headline = `Typing bench ${words}`;
      const article = generateArticle({ words, id: `typing-${words}`, headline });
      writeFileSync(join(host.libraryDir, `typing-${words}.article.json`), serializeArticle(article));
      writeFileSync(join(dir, 'content.js'), `window.PEER_CONTENT = ${JSON.stringify(peerDoc(article.body))};`);

      const app = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      await app.addInitScript(COMMIT_COUNTER_SCRIPT);
      const peer = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      const openApp = await copydeskOpen(app, host.url, headline);
      const openPeer = await peerOpen(peer, peerHtml);
      rows.push(compare(`open to editable, ${label} words`, openApp, openPeer, 'ms'));

      await clickMiddle(app, '.article-body');
      await clickMiddle(peer, '.ProseMirror');
      for (const interval of [150, 40]) {
        const before = ((await app.evaluate('window.__copydeskCommits.count')) as number);
        const a = stats(await typeAndMeasure(app, '.article-body', interval, count));
        const commits = (((await app.evaluate('window.__copydeskCommits.count')) as number)) - before;
        const p = stats(await typeAndMeasure(peer, '.ProseMirror', interval, count));
        const what = `keystroke to frame, ${label} words, every ${interval} ms`;
        rows.push(compare(`${what}: p50`, a.p50, p.p50, 'ms'));
        rows.push(compare(`${what}: p95`, a.p95, p.p95, 'ms'));
        rows.push(compare(`${what}: max`, a.max, p.max, 'ms'));
        rows.push({ name: `React commits per keystroke, ${label} words, every ${interval} ms`, value: commits / (count + WARM_UPS), unit: 'commits' });
      }
      await app.close();
      await peer.close();
    }
  } finally {
    await browser?.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
