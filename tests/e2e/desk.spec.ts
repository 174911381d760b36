import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function newStory(page: Page, headline: string, body: string): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type(body);
}

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

test('find and replace: a regular expression, highlighted with a count, replaced everywhere in one undo step', async ({ app: page, host }) => {
  await newStory(page, 'Ferry Fares rise in 2026', 'Fares rise in 2025. Then in 2026 the ferry fares rise again. In 2027 too.');

  await page.keyboard.press(`${mod}+f`);
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('textbox', { name: 'Find' }).fill('20(2\\d)');
  await bar.getByRole('button', { name: 'Regular expression' }).click();
  // The headline's year and the body's three: four matches, the body's marked.
  await expect(bar.getByLabel('Matches')).toContainText('of 4');
  await expect(page.locator('.article-body .find-match')).toHaveCount(3);
  // The cursor was at the end of the body, so the search starts over at the headline; Enter goes on to the body.
  await expect(bar.getByLabel('Matches')).toHaveText('1 of 4 (in the headline)');
  await page.keyboard.press('Enter');
  await expect(page.locator('.article-body .find-match.current')).toHaveText('2025');
  await page.keyboard.press('Shift+Enter');
  await expect(bar.getByLabel('Matches')).toHaveText('1 of 4 (in the headline)');
  await page.keyboard.press('F3');
  await page.keyboard.press('F3');
  await expect(page.locator('.article-body .find-match.current')).toHaveText('2026');

  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Alt+f' : 'Control+h');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('19$1');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await expect(bar.getByLabel('Matches')).toHaveText('Replaced 4. No more matches.');
  await expect(body(page)).toHaveText('Fares rise in 1925. Then in 1926 the ferry fares rise again. In 1927 too.');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry Fares rise in 1926');
  await page.screenshot({ path: 'test-results/find.png' });

  // One undo takes back every replacement, in the headline and the body alike.
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.keyboard.press(`${mod}+z`);
  await expect(body(page)).toHaveText('Fares rise in 2025. Then in 2026 the ferry fares rise again. In 2027 too.');
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry Fares rise in 2026');

  // Match case and whole word narrow the search; replace one changes only the current match.
  await page.keyboard.press(`${mod}+h`);
  await bar.getByRole('button', { name: 'Regular expression' }).click();
  await bar.getByRole('textbox', { name: 'Find' }).fill('fares');
  await expect(bar.getByLabel('Matches')).toContainText('of 3');
  await bar.getByRole('button', { name: 'Match case' }).click();
  await expect(bar.getByLabel('Matches')).toContainText('1 of 1');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('tolls');
  await bar.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(body(page)).toContainText('the ferry tolls rise again');
  await expect(body(page)).toContainText('Fares rise in 2025');

  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(readFileSync(join(host.libraryDir, 'ferry-fares-rise-in-2026.article.json'), 'utf8'));
  expect(JSON.stringify(saved.body)).toContain('ferry tolls rise');
});

test('spelling: a misspelt word is underlined, corrected from the context menu, and a name added to the dictionary stays known', async ({ app: page, host }) => {
  await newStory(page, 'Harbour vote', 'The councel voted on Tuesday. Ms Vantongeren spoke first.');
  const misspelt = page.locator('.article-body .misspelling');
  await expect(misspelt).toHaveText(['councel', 'Vantongeren']);

  await misspelt.filter({ hasText: 'councel' }).click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Text' });
  await menu.getByRole('menuitem', { name: 'council', exact: true }).click();
  await expect(body(page)).toContainText('The council voted on Tuesday.');
  await expect(misspelt).toHaveText(['Vantongeren']);

  await misspelt.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Add to dictionary' }).click();
  await expect(misspelt).toHaveCount(0);
  // Kept in settings: known in the next article too.
  await expect.poll(() => JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8')).personalDictionary).toEqual(['Vantongeren']);
  await page.getByRole('button', { name: 'New article' }).click();
  await body(page).click();
  await page.keyboard.type('Vantongeren and Drummund said so.');
  await expect(misspelt).toHaveText(['Drummund']);
  await misspelt.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Ignore spelling' }).click();
  await expect(misspelt).toHaveCount(0);
});

test('style: the Style tab lists a doubled word, jumps to it, and fixes it in one click that undo takes back', async ({ app: page }) => {
  await newStory(page, 'Ferry budget', 'The the committee met. Fares rose 5 percent.');
  await page.keyboard.press(`${mod}+Alt+3`);
  const panel = page.getByRole('tabpanel', { name: 'Style' });
  const finding = panel.getByRole('listitem', { name: /Doubled words/ });
  await expect(finding).toContainText('“The” is written twice.');

  await finding.getByRole('button', { name: /written twice/ }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('The the');

  await finding.getByRole('button', { name: 'Fix: “The”' }).click();
  await expect(body(page)).toHaveText('The committee met. Fares rose 5 percent.');
  await expect(panel.getByRole('listitem', { name: /Doubled words/ })).toHaveCount(0);
  await page.keyboard.press(`${mod}+z`);
  await expect(body(page)).toHaveText('The the committee met. Fares rose 5 percent.');
});
