import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startHost } from '../tests/support/browser-host';

/**
 * The README's picture of the import review, from the built app in browser mode:
 * `npx electron-vite build && npx tsx scripts/screenshot-import.ts`. Writes docs/screenshots/import-review.png.
 */
const OUT = resolve(import.meta.dirname, '..', 'docs', 'screenshots');

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

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const host = await startHost();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(host.url);
    await page.getByLabel('File to import').setInputFiles({ name: 'skarra-ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(COPY) });
    const review = page.getByRole('dialog', { name: 'Review the import' });
    await review.waitFor();
    await review.getByLabel('Headline').focus();
    // Scrolled to where the review earns its keep: sources, and the quotations with their speakers.
    await review.locator('.import-body').evaluate((el) => el.scrollTo({ top: 300 }));
    await page.screenshot({ path: join(OUT, 'import-review.png') });
    process.stdout.write(`Screenshot written to ${join(OUT, 'import-review.png')}\n`);
  } finally {
    await browser.close();
    await host.stop();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
