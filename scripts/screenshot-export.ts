import { screenshotScript, shoot } from './screenshot-support';

/**
 * The README's picture of the export dialog, from the built app in browser mode:
 * `npx electron-vite build && npx tsx scripts/screenshot-export.ts`. Writes docs/screenshots/export-dialog.png and its dark twin.
 */

screenshotScript({ width: 1280, height: 860 }, async (page) => {
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
  await shoot(page, 'export-dialog');
  process.stdout.write('Screenshots written to docs/screenshots/export-dialog(-dark).png\n');
});
