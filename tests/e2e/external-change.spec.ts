import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

/** Other programs change the library while Copydesk runs: the open article reloads or asks; bad files can be read and moved aside. */

test('an open article changed on disk reloads when clean and asks when it has local edits', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Tram strike');
  await expect(page.getByRole('status')).toHaveText('Saved');
  const file = join(host.libraryDir, 'tram-strike.article.json');
  const edit = (mutate: (a: Record<string, unknown>) => void) => {
    const a = JSON.parse(readFileSync(file, 'utf8'));
    mutate(a);
    writeFileSync(file, JSON.stringify(a, null, 2));
  };

  // No local edits: the editor takes the new version.
  edit((a) => (a.dek = 'Drivers walk out at dawn.'));
  await expect(page.getByRole('textbox', { name: 'Dek' })).toHaveValue('Drivers walk out at dawn.');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // Local edits: nothing is overwritten, the user chooses.
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('My unsaved sentence.');
  edit((a) => (a.byline = 'By A Colleague'));
  const banner = page.getByRole('alertdialog', { name: 'This article was changed by another program' });
  await expect(banner).toBeVisible();
  await page.screenshot({ path: 'test-results/external-change-banner.png' });
  expect(JSON.parse(readFileSync(file, 'utf8')).byline).toBe('By A Colleague');
  await banner.getByRole('button', { name: 'Take theirs' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue('By A Colleague');
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText('My unsaved sentence.');
  await expect(page.getByRole('status')).toHaveText('Saved');
});

test('bad files are listed with their reason; the raw text can be read and the file moved aside, never deleted', async ({ app: page, host }) => {
  writeFileSync(join(host.libraryDir, 'cut-off.article.json'), '{"schemaVersion":1,"id":"x","headline":"<b>half');
  await page.reload();
  const section = page.getByRole('region', { name: 'Files that could not be opened' });
  await expect(section).toContainText('cut-off.article.json');
  await expect(section).toContainText('not valid JSON');
  await section.getByRole('button', { name: 'View raw text' }).click();
  await expect(page.getByLabel('Raw text of cut-off.article.json')).toHaveText('{"schemaVersion":1,"id":"x","headline":"<b>half');
  await page.screenshot({ path: 'test-results/bad-files.png' });
  await section.getByRole('button', { name: 'Move aside' }).click();
  await expect(page.getByText(/was moved aside as cut-off\.article\.json\.bad-/)).toBeVisible();
  const names = readdirSync(host.libraryDir);
  expect(names.filter((n) => n.startsWith('cut-off.article.json.bad-'))).toHaveLength(1);
  expect(names).not.toContain('cut-off.article.json');
});
