import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeArticle } from '../../src/shared/article/file-format';
import { generateArticle } from '../support/generate-article';
import { test, expect } from './fixtures';

/** A book-length project (200,000 words) opens, takes a click in its middle and typing, and keeps what was typed. */
test('a 200,000-word article: click into the middle of the body and type', async ({ app: page, host }) => {
  test.setTimeout(180_000);
  const article = generateArticle({ words: 200_000, id: 'book-length', headline: 'The book-length project' });
  writeFileSync(join(host.libraryDir, 'book-length.article.json'), serializeArticle(article));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await page.getByRole('link', { name: 'The book-length project' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toBeVisible({ timeout: 60_000 });

  // The middle of the body: the first paragraph of the middle section.
  const sections = article.body.content!.filter((n) => n.type === 'section');
  const middle = sections[Math.floor(sections.length / 2)];
  const title = String(middle.content![0].content![0].text);
  const paragraph = body.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: true }) }).locator('p').first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed in the middle.');
  await expect(paragraph).toContainText('Typed in the middle.');
  await expect(page.getByRole('heading', { name: 'The book-length project' }).or(page.getByRole('textbox', { name: 'Headline' }))).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 60_000 });
  expect(errors).toEqual([]);
});
