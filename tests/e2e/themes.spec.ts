import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { selectInBody } from '../support/body-selection';
import { lowContrastText } from '../support/contrast';
import { PASTED_WITH_CHROME } from '../support/sample-copy';
import { fromPalette, mod, newStory, saveNow, setName } from '../support/story';

/** Every text on screen stays readable (3:1 or better against what is behind it) in the light theme and the dark one. */
async function readableInBothThemes(page: Page, where: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await lowContrastText(page), `${where}, ${scheme} theme`).toEqual([]);
  }
}

/**
 * The dark theme is the light one's twin, not a partial copy: the views a journalist works in,
 * with their tinted states (a chosen export format, a flagged import, a comment, a suggestion, a
 * search match, a pressed view, a toast), keep their words readable in both themes.
 */
test('every main view is readable in the light and the dark theme', async ({ app: page }) => {
  await setName(page, 'Sam Okafor');
  const body = await newStory(page, 'Night ferry fares', 'The last ferry leaves at 11 p.m. “We run it for the shift workers,” said Morag Bell.');
  await saveNow(page);

  // The editor with a comment, suggestions and the toast that says suggestion mode is on.
  await selectInBody(page, 'leaves at 11 p.m.');
  await page.keyboard.press(`${mod}+Alt+M`);
  const panel = page.getByRole('tabpanel', { name: 'Review' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Every night, or weekdays only?');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  await body.click();
  await page.keyboard.press(`${mod}+Alt+Shift+E`);
  await selectInBody(page, 'shift workers');
  await page.keyboard.type('night shift');
  await expect(body.locator('ins')).toHaveText('night shift');
  await expect(page.getByText('Suggesting: your edits are recorded')).toBeVisible();
  await readableInBothThemes(page, 'the editor with a comment and a suggestion');

  // The export dialog with a format chosen, and the publishing checklist.
  await page.getByRole('toolbar', { name: 'Article actions' }).getByRole('button', { name: 'Export…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export article' });
  await exporting.getByRole('radio', { name: /Print \(PDF\)/ }).check();
  await exporting.getByRole('checkbox', { name: /Final export/ }).check();
  await readableInBothThemes(page, 'the export dialog');
  await page.keyboard.press('Escape');
  await expect(exporting).toBeHidden();
  await fromPalette(page, 'Check before publishing');
  const check = page.getByRole('dialog', { name: 'Check before publishing' });
  await expect(check.getByRole('list', { name: 'Publishing checklist' })).toBeVisible();
  await readableInBothThemes(page, 'the publishing checklist');
  await page.keyboard.press('Escape');

  // The library with a search match highlighted and a saved view pressed.
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(page.getByRole('button', { name: 'All articles' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('searchbox').fill('ferry');
  // A filter chip too.
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ index: 1 });
  await expect(page.locator('.articles mark').first()).toBeVisible();
  await readableInBothThemes(page, 'the library');

  // The import review with quotations flagged for a check.
  await page.getByLabel('File to import').setInputFiles({ name: 'skarra.txt', mimeType: 'text/plain', buffer: Buffer.from(PASTED_WITH_CHROME) });
  const review = page.getByRole('dialog', { name: 'Review the import' });
  await expect(review.locator('li.flagged').first()).toBeVisible();
  await review.locator('li.flagged').first().scrollIntoViewIfNeeded();
  await readableInBothThemes(page, 'the import review');
});
