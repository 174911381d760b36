import { join } from 'node:path';
import { SCREENSHOTS as OUT, screenshotScript } from './screenshot-support';

/**
 * The README's picture of the import review, from the built app in browser mode:
 * `npx electron-vite build && npx tsx scripts/screenshot-import.ts`. Writes docs/screenshots/import-review.png.
 */

const COPY = [
  'Share  Tweet  Email',
  'Harbour board delays vote on the Skarra ferry',
  'Islanders will wait another month to learn whether the winter crossing survives.',
  'By Tomás Reyes',
  '“We are not here to close anything,” said Ingrid Sæther, the chair of the harbour board.',
  'Sources close to the board said the vote was put off after the insurer raised its premium.',
  'What it costs',
  '“It was expensive,” Sæther said, “but it kept the boats running through the storms.”',
  '"The boats are older than I am," said Tomas Berg, a fisherman from Skarra.',
  '“Nobody has told us anything since the summer.”',
  'Advertisement',
  'What comes next',
  '“We expect a decision before the first ice,” the chair added.',
].join('\n\n');

screenshotScript({ width: 1280, height: 1000 }, async (page) => {
  await page.getByLabel('File to import').setInputFiles({ name: 'skarra-ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(COPY) });
  const review = page.getByRole('dialog', { name: 'Review the import' });
  await review.waitFor();
  await review.getByLabel('Headline').focus();
  // Scrolled to where the review earns its keep: sources, and the quotations with their speakers.
  await review.locator('.import-body').evaluate((el) => el.scrollTo({ top: 300 }));
  await page.screenshot({ path: join(OUT, 'import-review.png') });
  process.stdout.write(`Screenshot written to ${join(OUT, 'import-review.png')}\n`);
});
