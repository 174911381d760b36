import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { serializeArticle } from '../../src/shared/article/file-format';
import { newArticle } from '../../src/shared/article/model';

/**
 * In the running page (browser mode): no Node globals, the CSP blocks an injected inline script and
 * reports it, and hostile headlines, deks, bylines and section titles in article files render as text
 * in the library and the editor (Joplin CVE-2022-35131, MarkText CVE-2021-29996 regressions). Dialogs,
 * console errors, CSP reports and requests leaving the host are all watched: 0 executions.
 */

const HOSTILE: string[] = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/hostile/strings.json'), 'utf8'));

test('no Node in the page; the CSP blocks and reports an injected inline script', async ({ app: page }) => {
  expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual(['undefined', 'undefined']);
  const result = await page.evaluate(async () => {
    const w = window as unknown as { __pwned?: number };
    const violation = new Promise<string>((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(e.violatedDirective), { once: true }));
    const s = document.createElement('script');
    s.textContent = 'window.__pwned = 1';
    document.body.appendChild(s);
    return { directive: await violation, ran: w.__pwned ?? 0 };
  });
  expect(result.ran).toBe(0);
  expect(result.directive).toMatch(/^script-src/);
});

test('hostile metadata and section titles in article files render as text: 0 executions', async ({ app: page, host }) => {
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const outside: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('request', (r) => !r.url().startsWith(host.origin) && !r.url().startsWith('data:') && outside.push(r.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { __csp: string[] }).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}`));
  });
  HOSTILE.forEach((s, i) => {
    const a = newArticle({ id: `hostile-${i}`, now: '2026-03-01T09:00:00.000Z', headline: s, byline: s });
    a.dek = s;
    a.body = { type: 'doc', content: [{ type: 'section', content: [{ type: 'sectionTitle', content: [{ type: 'text', text: s }] }, { type: 'paragraph', content: [{ type: 'text', text: s }] }] }] };
    writeFileSync(join(host.libraryDir, `hostile-${i}.article.json`), serializeArticle(a));
  });
  // The list draws only the rows in view: a window tall enough for all of them puts every one on the page.
  await page.setViewportSize({ width: 1280, height: 4000 });
  await page.reload();
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(HOSTILE.length);
  let opened = 0;
  for (const i of [0, 1, 2, 5, 7, 21, 33, 43]) {
    await page.goto(host.url);
    await page.locator(`a[href="#${encodeURIComponent(`hostile-${i}.article.json`)}"]`).click();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HOSTILE[i]!);
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText(HOSTILE[i]!.replace(/\s+/g, ' ').slice(0, 20).trim());
    opened++;
  }
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);
  // The app itself must not trip the CSP either (zod runs jitless, so it never probes eval).
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  console.log(
    `hostile e2e: ${HOSTILE.length} hostile articles listed, ${opened} opened in the editor; dialogs ${dialogs.length}, script executions ${pwned}, CSP reports ${csp.length}, requests outside the host ${outside.length}, console errors ${consoleErrors.length}`,
  );
  expect({ dialogs, pwned, outside, csp }).toEqual({ dialogs: [], pwned: 0, outside: [], csp: [] });
});
