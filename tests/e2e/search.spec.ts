import { test as base, expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeArticle } from '../../src/shared/article/file-format';
import type { Article } from '../../src/shared/article/model';
import { startHost, type RunningHost } from '../support/browser-host';
import { doc, makeArticle, p, quotation } from '../unit/helpers/doc-builder';

/**
 * The library's search, end to end: a real library folder written before the host starts, the
 * index built from it by the app's own search service, the real page in Chromium.
 */

function write(dir: string, file: string, article: Article): void {
  writeFileSync(join(dir, file), serializeArticle(article));
}

const test = base.extend<{ library: string; host: RunningHost; page: Page }>({
  library: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-search-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  host: async ({ library }, use) => {
    const host = await startHost({ libraryDir: library });
    await use(host);
    await host.stop();
  },
});

/** Three articles: two quote the same chair (under different source ids), one mentions the ferry only far down. */
function newsroomLibrary(dir: string): void {
  write(
    dir,
    'ferry-fares.article.json',
    makeArticle({
      id: 'a-ferry',
      headline: 'Ferry fares to rise as council votes',
      byline: 'By Ana Ruiz',
      status: 'draft',
      desk: 'Metro',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      body: doc(p('The council voted on Tuesday to raise fares by ten percent.'), p(quotation('“We had no choice,”', 'src-mm'), ' said Maria Martínez, the authority’s chair.')),
      sources: [{ id: 'src-mm', name: 'Maria Martínez', title: 'chair', affiliation: 'Harbour Authority' }],
    }),
  );
  const filler = Array.from({ length: 40 }, (_, i) => p(`Paragraph ${i + 1} of the budget debate covers roads, schools and the library service in detail.`));
  write(
    dir,
    'harbour-budget.article.json',
    makeArticle({
      id: 'a-harbour',
      headline: 'Harbour budget passes',
      byline: 'By Iain Ross',
      status: 'ready-to-publish',
      desk: 'Business',
      createdAt: '2025-11-02T09:00:00.000Z',
      updatedAt: '2025-11-02T09:00:00.000Z',
      body: doc(
        p(quotation('“The harbour pays for itself,”', 'harbour-chair'), ' said Maria Martinez, who chairs the authority.'),
        ...filler,
        p('The new ferry terminal opens in May.'),
      ),
      sources: [{ id: 'harbour-chair', name: 'Maria Martinez', title: 'chair of the authority' }],
    }),
  );
  write(
    dir,
    'school-lunches.article.json',
    makeArticle({ id: 'a-school', headline: 'School lunches return', byline: 'By Ana Ruiz', status: 'in-edit', desk: 'Metro', body: doc(p('Hot meals are back on the menu.')) }),
  );
}

test.beforeEach(({ library }) => newsroomLibrary(library));

const rows = (page: Page) => page.getByRole('table', { name: 'Articles' }).getByRole('row').filter({ has: page.getByRole('link') });

test('search a word, see it highlighted, filter, sort, save a view and open a result at its match', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(rows(page)).toHaveCount(3);

  // "/" outside a text field goes to the search box.
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the library' });
  await expect(box).toBeFocused();
  await box.fill('ferry');
  await expect(rows(page)).toHaveCount(2);
  // Best match first: the word in a headline outranks it in the body.
  await expect(rows(page).first()).toContainText('Ferry fares to rise');
  const harbour = page.getByRole('row', { name: /Harbour budget passes/ });
  await expect(harbour.locator('mark')).toHaveText(['ferry']);
  await expect(harbour).toContainText('The new ferry terminal opens in May.');
  await expect(page.getByText('2 articles match')).toBeVisible();
  await page.screenshot({ path: 'test-results/search-results.png' });

  // A chip per chosen value; removing it brings the others back.
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Ready to publish (1)' });
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Harbour budget passes');
  await page.getByRole('button', { name: 'Remove filter Status: Ready to publish' }).click();
  await expect(rows(page)).toHaveCount(2);

  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Length' });
  await expect(rows(page).first()).toContainText('Harbour budget passes');

  // A view saved by name comes back after a reload, from settings.
  await page.getByRole('combobox', { name: 'Filter by desk' }).selectOption({ label: 'Business (1)' });
  await page.getByRole('button', { name: 'Save view…' }).click();
  await page.getByRole('textbox', { name: 'View name' }).fill('Business ferries');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Business ferries', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await page.getByRole('button', { name: 'Ready to publish', exact: true }).click();
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Business ferries', exact: true }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toHaveValue('ferry');
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'All articles' }).click();
  await expect(rows(page)).toHaveCount(3);

  // Keyboard: Ctrl+Shift+F, the word, ↓ to the second result, Enter opens it at the match.
  await page.keyboard.press('Control+Shift+F');
  await expect(box).toBeFocused();
  await box.fill('ferry');
  await expect(rows(page)).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('row', { name: /Harbour budget passes/ })).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Harbour budget passes');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('ferry');
  await expect(page.getByText('The new ferry terminal opens in May.')).toBeInViewport();
});

test('Quoted elsewhere lists the other article quoting the source, with the quotation and its date, and opens it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Harbour budget passes' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Harbour budget passes');
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('button', { name: 'Quoted elsewhere: Maria Martinez' }).click();
  const list = page.getByRole('list', { name: 'Where else Maria Martinez is quoted' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Ferry fares' })).toContainText('We had no choice');
  await expect(list).toContainText(new Date('2026-03-01T09:00:00.000Z').toLocaleDateString('en-US', { day: 'numeric', month: 'short', year: 'numeric' }));
  await expect(list).not.toContainText('Harbour budget passes');
  await list.getByRole('button', { name: /Ferry fares to rise/ }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry fares to rise as council votes');

  // From inside the body, Ctrl+Shift+F goes back to the library with the cursor in its search box.
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the library' })).toBeFocused();
});

test('hostile searches get a sentence, never a crash; an empty result says so; grouping by status', async ({ page, host }) => {
  await page.goto(host.url);
  const box = page.getByRole('searchbox', { name: 'Search the library' });
  await box.fill('"ferry NEAR( * :');
  await expect(page.getByText(/closing quotation mark is missing/)).toBeVisible();
  await box.fill(`ferry ${'x'.repeat(10_000)}`);
  await expect(page.getByText(/Only the first 1,000 characters/)).toBeVisible();
  await box.fill('fer\u0000ry.*+?^${}()|[]\\');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await box.fill('nothingmatchesthis');
  await expect(page.getByText('No articles match “nothingmatchesthis”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the search and filters' }).click();
  await expect(rows(page)).toHaveCount(3);

  // Grouped by status, in the desk's workflow order, each heading with its count.
  await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Status' });
  await expect(page.getByRole('rowheader')).toHaveText(['Draft (1)', 'In edit (1)', 'Ready to publish (1)']);
});

test('a library of 2,000 articles keeps only a window of rows in the DOM', async ({ page, host, library }) => {
  for (let i = 0; i < 2000; i++) {
    const n = String(i).padStart(4, '0');
    write(library, `story-${n}.article.json`, makeArticle({ id: `gen-${n}`, headline: `Generated story ${n}`, body: doc(p(`Copy number ${n} about the harbour.`)) }));
  }
  await page.goto(host.url);
  const table = page.getByRole('table', { name: 'Articles' });
  await expect(table).toHaveAttribute('aria-rowcount', '2004', { timeout: 60_000 });
  const inDom = await rows(page).count();
  expect(inDom).toBeGreaterThan(5);
  expect(inDom).toBeLessThan(80);
  // Scrolled to the end, the last rows are drawn and the first ones are gone.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Headline' });
  await table.getByRole('rowgroup').last().evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.getByRole('link', { name: 'School lunches return' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Generated story 0000' })).toHaveCount(0);
  expect(await rows(page).count()).toBeLessThan(80);
});
