import { screenshotScript, shoot } from './screenshot-support';
import { PASTED_WITH_CHROME as COPY } from '../tests/support/sample-copy';

/**
 * The README's picture of the import review, from the built app in browser mode:
 * `npx electron-vite build && npx tsx scripts/screenshot-import.ts`. Writes docs/screenshots/import-review.png and its dark twin.
 */

screenshotScript({ width: 1280, height: 1000 }, async (page) => {
  await page.getByLabel('File to import').setInputFiles({ name: 'skarra-ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(COPY) });
  const review = page.getByRole('dialog', { name: 'Review the import' });
  await review.waitFor();
  await review.getByLabel('Headline').focus();
  // Scrolled to where the review earns its keep: sources, and the quotations with their speakers.
  await review.locator('.import-body').evaluate((el) => el.scrollTo({ top: 300 }));
  await shoot(page, 'import-review');
  process.stdout.write('Screenshots written to docs/screenshots/import-review(-dark).png\n');
});
