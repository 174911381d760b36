import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/** Another program deletes the open article's file: nothing typed is lost, nothing is recreated unasked, Keep mine writes it back. */

test('an open article deleted on disk says so, keeps the edits, and Keep mine saves it again under its name', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Pier closure');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const file = join(host.libraryDir, 'pier-closure.article.json');

  rmSync(file);
  // Typed and saved at once, so the save may find the file gone before the watcher has told the page.
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('The pier shuts on Monday.');
  await page.keyboard.press('Control+s');

  const banner = page.getByRole('alertdialog', { name: 'This article was moved or deleted on disk' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Take theirs' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(existsSync(file)).toBe(false);
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('The pier shuts on Monday.');

  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText('Saved');
  expect(JSON.stringify(JSON.parse(readFileSync(file, 'utf8')).body)).toContain('The pier shuts on Monday.');
});
