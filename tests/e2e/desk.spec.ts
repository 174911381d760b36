import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { fromPalette, mod, newStory } from '../support/story';

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
  await page.keyboard.press(`${mod}+Alt+4`);
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

test('focus mode hides the panels and dims all but the paragraph being written', async ({ app: page }) => {
  await newStory(page, 'Quiet harbour', 'First paragraph about the vote.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph, being written.');
  await page.keyboard.press(`${mod}+Shift+D`);
  await expect(page.getByRole('complementary', { name: 'Panels' })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Outline' })).toBeHidden();
  const paragraphs = body(page).locator('p');
  await expect(paragraphs.nth(0)).toHaveCSS('opacity', '0.3');
  await expect(paragraphs.nth(1)).toHaveCSS('opacity', '1');
  // Moving the cursor moves the light.
  await page.keyboard.press(`${mod}+Home`);
  await expect(paragraphs.nth(0)).toHaveCSS('opacity', '1');
  await expect(paragraphs.nth(1)).toHaveCSS('opacity', '0.3');
  await page.keyboard.press(`${mod}+Shift+D`);
  await expect(page.getByRole('complementary', { name: 'Panels' })).toBeVisible();
  await expect(paragraphs.nth(1)).toHaveCSS('opacity', '1');
});

test('the theme follows the system until chosen from the View menu, and the choice is kept', async ({ app: page, host }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await newStory(page, 'Night ferry', 'The last ferry leaves at 11 p.m. “We run it for the shift workers,” said Morag Bell.');
  await fromPalette(page, 'theme dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 28)');
  await expect.poll(() => JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8')).appearance?.theme).toBe('dark');
  await page.keyboard.press(`${mod}+f`);
  await page.getByRole('textbox', { name: 'Find' }).fill('ferry');
  await page.keyboard.press(`${mod}+Alt+4`);
  await page.screenshot({ path: 'test-results/editor-dark.png' });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('a word target shows progress in the status bar with the reading time, and is saved with the article', async ({ app: page, host }) => {
  await newStory(page, 'Short item', 'One two three four five six seven eight nine ten.');
  await page.getByRole('spinbutton', { name: 'Word target (words)' }).fill('20');
  const bar = page.getByRole('progressbar', { name: 'Word target' });
  await expect(bar).toHaveAttribute('aria-valuetext', '10 of 20 words');
  await expect(page.getByLabel('Reading time')).toHaveText('1 min read');
  await body(page).click();
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(' Eleven twelve.');
  await expect(bar).toHaveAttribute('aria-valuetext', '12 of 20 words');
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(JSON.parse(readFileSync(join(host.libraryDir, 'short-item.article.json'), 'utf8')).wordTarget).toBe(20);
});

test('an imported article that opens with a section has no empty paragraph above it, and long outline titles can be read whole', async ({ app: page }) => {
  const title = 'What the new timetable means for the island’s shift workers, fishermen and schoolchildren';
  const markdown = `# Ferry timetable changes\n\n## ${title}\n\nThe council met on Tuesday.\n\n## Costs\n\nThe bill is large.`;
  await page.getByLabel('File to import').setInputFiles({ name: 'ferry.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await page.getByRole('dialog', { name: 'Review the import' }).getByRole('button', { name: 'Create article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry timetable changes');
  const first = body(page).locator(':scope > *').first();
  await expect(first).toHaveAttribute('data-type', 'section');
  await expect(first).toContainText(title);
  const entry = page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: new RegExp(`^${title.slice(0, 20)}`) });
  await expect(entry).toHaveAttribute('title', `Go to ${title}`);
});

test('in suggestion mode Replace all suggests: struck-through and inserted words in the body, a proposal for the headline', async ({ app: page }) => {
  await newStory(page, 'Ferry fares rise', 'The ferry leaves at six. The ferry returns at ten.');
  await page.keyboard.press(`${mod}+Alt+Shift+E`);
  await expect(page.getByRole('button', { name: 'Suggest changes' }).last()).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+Alt+f' : 'Control+h');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('textbox', { name: 'Find' }).fill('ferry');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('boat');
  await expect(bar.getByLabel('Matches')).toContainText('of 3');
  await bar.getByRole('button', { name: 'Replace all' }).click();
  await page.keyboard.press('Escape');

  // The text keeps its words until the suggestions are accepted; the headline keeps its value and shows the proposal.
  await expect(body(page).locator('del')).toHaveText(['ferry', 'ferry']);
  await expect(body(page).locator('ins')).toHaveText(['boat', 'boat']);
  const proposals = page.getByRole('list', { name: 'Proposed field changes' });
  await expect(proposals).toContainText('Headline Ferry fares rise → boat fares rise');
  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry fares rise');
});

test('typewriter scrolling keeps the line being written near the middle of the window, and is remembered', async ({ app: page }) => {
  await newStory(page, 'A long night at the count', 'The first ballot boxes arrived at ten.');
  for (let i = 0; i < 45; i++) await page.keyboard.press('Enter');
  await page.keyboard.type('Still counting.');
  // Where the caret's line sits in the editor column: 0 at its top, 1 at its bottom.
  const caretAt = () =>
    page.evaluate(`(() => {
      const range = window.getSelection().getRangeAt(0);
      const caret = range.getClientRects()[0] || range.startContainer.parentElement.getBoundingClientRect();
      const frame = document.querySelector('.editor-column').getBoundingClientRect();
      return (caret.top - frame.top) / frame.height;
    })()`) as Promise<number>;
  // Off: the editor scrolls only as far as it must, so the line is at the bottom.
  expect(await caretAt()).toBeGreaterThan(0.75);

  await page.keyboard.press(`${mod}+Shift+P`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('Typewriter');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await page.getByRole('textbox', { name: 'Article body' }).focus();
  await page.keyboard.type(' More boxes.');
  await expect.poll(caretAt).toBeGreaterThan(0.3);
  await expect.poll(caretAt).toBeLessThan(0.6);
  await page.keyboard.press('Enter');
  await page.keyboard.type('And more.');
  await expect.poll(caretAt).toBeLessThan(0.6);
  await page.screenshot({ path: 'test-results/typewriter.png' });

  // Kept in settings: the View menu shows it on after a reload.
  await page.reload();
  await page.getByRole('menuitem', { name: 'View' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: /Typewriter scrolling/ })).toHaveAttribute('aria-checked', 'true');
});
