import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startHost } from '../tests/support/browser-host';

/**
 * The README's picture of the export dialog, from the built app in browser mode:
 * `npx electron-vite build && npx tsx scripts/screenshot-export.ts`. Writes docs/screenshots/export-dialog.png.
 */
const OUT = resolve(import.meta.dirname, '..', 'docs', 'screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const host = await startHost();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Lighthouse keepers vote to strike over night shifts');
    await page.getByRole('textbox', { name: 'Dek' }).fill('The union says a new rota leaves one keeper alone on the rock for fourteen hours.');
    await page.getByPlaceholder('By …').fill('By Tomás Reyes');
    await page.getByPlaceholder('CITY').fill('STROMNESS');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('Keepers at the three island lights walked out at midnight after talks on the new rota broke down.');
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.getByLabel('Word count').filter({ hasText: /^[1-9]\d* words$/ }).waitFor(); // it settles after a pause

    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export article' });
    await dialog.getByRole('radio', { name: /Print \(PDF\)/ }).check();
    await dialog.getByRole('checkbox', { name: /Include source appendix/ }).check();
    await dialog.getByRole('textbox', { name: 'Export to folder' }).fill('/home/tomas/Documents/Copydesk/exports');
    await dialog.getByRole('button', { name: 'Export', exact: true }).focus();
    await page.screenshot({ path: join(OUT, 'export-dialog.png') });
    process.stdout.write(`Screenshot written to ${join(OUT, 'export-dialog.png')}\n`);
  } finally {
    await browser.close();
    await host.stop();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`${e.stack}\n`);
  process.exit(1);
});
