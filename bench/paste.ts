import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DocNode } from '../src/shared/article/model';
import { escapeHtml } from '../src/shared/export/escape';
import { serializeArticle } from '../src/shared/article/file-format';
import { generateArticle } from '../tests/support/generate-article';
import { startHost, CHROMIUM_PATH } from '../tests/support/browser-host';
import type { BenchRow } from './run';
import { ARGS, clickMiddle, compare, copydeskOpen, peerDoc, peerOpen, peerPage } from './typing';

const SMOKE = process.env.BENCH_SMOKE === '1';
const PASTE_WORDS = SMOKE ? 200 : 20_000;
const ROUNDS = SMOKE ? 1 : 3;
const DEPTHS = [14, 15, 16];
const DEPTH_ROUNDS = SMOKE ? 1 : 5;
/** Enough paragraphs that one paste is tens of milliseconds of work, well above the noise of a loaded machine. */
const NESTED_PARAGRAPHS = SMOKE ? 20 : 300;

/** The generated article as a web page's HTML: headings, paragraphs, pull quotes as block quotes, a little emphasis. */
export function articleHtml(words: number): string {
  const body = peerDoc(generateArticle({ words, id: `paste-${words}`, seed: 7 }).body);
  const text = (n: DocNode) => escapeHtml((n.content ?? []).map((t) => t.text ?? '').join(''));
  const html = (body.content ?? []).map((n, i) => {
    if (n.type === 'heading') return `<h2>${text(n)}</h2>`;
    if (n.type === 'blockquote') return `<blockquote>${(n.content ?? []).map((p) => `<p>${text(p)}</p>`).join('')}</blockquote>`;
    return i % 5 === 0 ? `<p><span style="font-weight:400">${text(n)}</span> <em>more</em></p>` : `<p>${text(n)}</p>`;
  });
  return `<html><body><article>${html.join('\n')}</article></body></html>`;
}

/** Paragraphs whose words sit in spans nested `depth` deep, as some word processors copy them. */
function nestedHtml(depth: number): string {
  const p = (i: number) => `<p>${'<span class="c1">'.repeat(depth)}Nested copy ${i} at depth ${depth}${'</span>'.repeat(depth)}</p>`;
  return Array.from({ length: NESTED_PARAGRAPHS }, (_, i) => p(i)).join('');
}

/**
 * In the page: dispatches a real paste (a ClipboardEvent carrying a DataTransfer with text/html) to
 * the focused editor and resolves with the time to the next animation frame, the longest task
 * (PerformanceObserver 'longtask', so anything over 50 ms) up to that frame, and the longest in the
 * `settle` ms after it (deferred work the paste set off: analysis, autosave). Page code, as text.
 */
const PASTE_PROBE = `(html, settle) => new Promise((resolve) => {
  const tasks = [];
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e); });
  observer.observe({ type: 'longtask' });
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', 'plain text fallback');
  const t0 = performance.now();
  document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  requestAnimationFrame(() => {
    const frame = performance.now();
    setTimeout(() => {
      for (const e of observer.takeRecords()) tasks.push(e);
      observer.disconnect();
      const longest = (from, to) => Math.max(0, ...tasks.filter((t) => t.startTime + t.duration > from && t.startTime < to).map((t) => t.duration));
      resolve({ total: frame - t0, longest: longest(t0 - 1, frame), after: longest(frame, frame + settle) });
    }, settle);
  });
})`;

interface PasteTiming {
  total: number;
  longest: number;
  after: number;
}

const holds = (page: Page, editor: string, marker: string) =>
  page.evaluate(`document.querySelector(${JSON.stringify(editor)}).textContent.includes(${JSON.stringify(marker)})`) as Promise<boolean>;

async function paste(page: Page, html: string, editor: string, marker: string, settle = 2000): Promise<PasteTiming> {
  const r = (await page.evaluate(`(${PASTE_PROBE})(${JSON.stringify(html)}, ${settle})`)) as PasteTiming;
  // A figure for a paste that did not land would be a figure for nothing.
  if (!(await holds(page, editor, marker))) throw new Error(`the paste did not reach ${editor}`);
  return r;
}

/** Pastes, then undoes the paste, so every paste of a series lands in the same 200-word article. */
async function pasteAndUndo(page: Page, html: string, editor: string, marker: string): Promise<number> {
  const { total } = await paste(page, html, editor, marker, 300);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(`!document.querySelector(${JSON.stringify(editor)}).textContent.includes(${JSON.stringify(marker)})`, undefined, { timeout: 30_000 });
  return total;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Issue 11, row 3: a 20,000-word HTML paste and pastes of deeply nested spans, Copydesk against the
 * bare TipTap StarterKit editor (the typing bench's peer) pasting the same HTML, in one Chromium.
 */
export async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-paste-peer-'));
  const host = await startHost();
  let browser: Browser | null = null;
  const rows: BenchRow[] = [];
  try {
    const peerHtml = await peerPage(dir);
    const headline = 'Paste bench';
    const article = generateArticle({ words: 200, id: 'paste-target', headline });
    writeFileSync(join(host.libraryDir, 'paste-target.article.json'), serializeArticle(article));
    writeFileSync(join(dir, 'content.js'), `window.PEER_CONTENT = ${JSON.stringify(peerDoc(article.body))};`);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const openApp = async () => {
      const page = await context.newPage();
      await copydeskOpen(page, host.url, headline);
      await clickMiddle(page, '.article-body');
      return page;
    };
    const openPeer = async () => {
      const page = await context.newPage();
      await peerOpen(page, peerHtml);
      await clickMiddle(page, '.ProseMirror');
      return page;
    };

    const big = articleHtml(PASTE_WORDS);
    const lastWords = big.replace(/<[^>]+>/g, ' ').trim().split(/\s+/).slice(-3).join(' ');
    const app: PasteTiming[] = [];
    const peer: PasteTiming[] = [];
    // A fresh editor for every round, so each paste lands in a 200-word article, not in the last round's.
    for (let i = 0; i < ROUNDS; i++) {
      for (const [open, editor, into] of [[openApp, '.article-body', app], [openPeer, '.ProseMirror', peer]] as const) {
        const page = await open();
        into.push(await paste(page, big, editor, lastWords));
        await page.close();
      }
    }
    const label = PASTE_WORDS.toLocaleString('en-GB');
    const of = (xs: PasteTiming[], k: keyof PasteTiming) => median(xs.map((x) => x[k]));
    rows.push(compare(`paste ${label} words of HTML: to next frame, median of ${ROUNDS}`, of(app, 'total'), of(peer, 'total'), 'ms'));
    rows.push(compare(`paste ${label} words of HTML: longest task to that frame (0: none over 50 ms)`, of(app, 'longest'), of(peer, 'longest'), 'ms'));
    rows.push(compare(`paste ${label} words of HTML: longest task in the 2 s after the frame`, of(app, 'after'), of(peer, 'after'), 'ms'));

    const appPage = await openApp();
    const peerEditor = await openPeer();
    const byDepth = new Map<number, { app: number[]; peer: number[] }>(DEPTHS.map((d) => [d, { app: [], peer: [] }]));
    for (let i = 0; i < DEPTH_ROUNDS; i++) {
      // Each round starts at another depth, so none is always measured first or last.
      for (const depth of [...DEPTHS.slice(i % DEPTHS.length), ...DEPTHS.slice(0, i % DEPTHS.length)]) {
        const html = nestedHtml(depth);
        const marker = `Nested copy ${NESTED_PARAGRAPHS - 1} at depth ${depth}`;
        byDepth.get(depth)!.app.push(await pasteAndUndo(appPage, html, '.article-body', marker));
        byDepth.get(depth)!.peer.push(await pasteAndUndo(peerEditor, html, '.ProseMirror', marker));
      }
    }
    for (const depth of DEPTHS) {
      const d = byDepth.get(depth)!;
      rows.push(compare(`paste ${NESTED_PARAGRAPHS} paragraphs of spans ${depth} deep: to next frame, median of ${DEPTH_ROUNDS}`, median(d.app), median(d.peer), 'ms'));
    }
    const ratio = (who: 'app' | 'peer') => median(byDepth.get(16)![who]) / median(byDepth.get(14)![who]);
    rows.push({ name: 'paste of spans 16 deep / 14 deep (budget 2)', value: ratio('app'), unit: '×', peer: ratio('peer'), ratio: ratio('app') / ratio('peer') });
  } finally {
    await browser?.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
