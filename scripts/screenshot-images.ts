import { screenshotScript, shoot } from './screenshot-support';
import { png } from '../tests/support/pictures';

/**
 * The README's picture of an article with a photo in it, from the built app in browser mode (light
 * and dark themes): `npx electron-vite build && npx tsx scripts/screenshot-images.ts`. Writes docs/screenshots/image.png and its dark twin.
 */

/** A ferry leaving at dusk, drawn pixel by pixel so the repository needs no photo of its own. */
function dusk(x: number, y: number, w = 960, h = 540): [number, number, number] {
  const horizon = h * 0.62;
  const mix = (a: number[], b: number[], t: number) => a.map((v, i) => Math.round(v + (b[i] - v) * Math.min(1, Math.max(0, t)))) as [number, number, number];
  const sun = Math.hypot(x - w * 0.7, y - horizon + 40) < 46;
  const hull = y > horizon - 22 && y < horizon + 6 && x > w * 0.22 + (y - horizon + 22) * 0.9 && x < w * 0.5 - (y - horizon + 22) * 0.6;
  const cabin = y > horizon - 48 && y <= horizon - 22 && x > w * 0.27 && x < w * 0.42;
  const funnel = y > horizon - 70 && y <= horizon - 48 && x > w * 0.33 && x < w * 0.36;
  if (hull || cabin || funnel) return cabin && y < horizon - 36 && (Math.floor(x / 9) % 2 === 0) ? [255, 214, 140] : [34, 30, 44];
  if (y < horizon) return sun ? [255, 222, 160] : mix([62, 58, 122], [246, 150, 96], y / horizon);
  const glint = Math.abs(x - w * 0.7) < 60 - (y - horizon) * 0.2 && Math.floor(y / 5) % 2 === 0;
  return glint ? [236, 156, 104] : mix([70, 72, 128], [22, 34, 66], (y - horizon) / (h - horizon));
}

screenshotScript({ width: 1280, height: 1160 }, async (page) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByText('untitled.article.json').waitFor();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Late ferry to Skerry Island saved after 5–4 vote');
  await page.getByRole('textbox', { name: 'Dek' }).fill('Islanders who work night shifts on the mainland keep their way home, for two more years at least.');
  await page.getByPlaceholder('By …').fill('By Ana Ruiz');
  await page.getByPlaceholder('CITY').fill('PORT ELLIS');
  // A British story, checked as one.
  await page.getByRole('combobox', { name: 'Spelling language' }).selectOption({ label: 'English (UK)' });
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('The harbour council voted 5–4 on Thursday night to keep the 11 p.m. sailing to Skerry Island, reversing a plan to end it in April.');
  await page.getByLabel('Image file to insert').setInputFiles({ name: 'late-ferry.png', mimeType: 'image/png', buffer: png(960, 540, (x, y) => dusk(x, y)) });
  const figure = body.getByRole('figure', { name: 'Picture' });
  await figure.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await figure.getByRole('textbox', { name: /^Alt text/ }).fill('The Skerry Island ferry leaving Port Ellis at dusk');
  await figure.getByRole('textbox', { name: 'Caption' }).fill('The 11 p.m. sailing carried 41,000 passengers last year.');
  await figure.getByRole('textbox', { name: 'Credit' }).fill('Illustration: Copydesk');
  await figure.getByRole('combobox', { name: 'Width' }).selectOption('75');
  await body.getByText('reversing a plan').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+s');
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  // The word count and the outline have caught up, and the article is seen from its headline.
  await page.locator('.status-bar').getByText(/^[1-9]\d* words$/).waitFor();
  await page.locator('.editor-column').evaluate((el) => el.scrollTo(0, 0));
  await page.mouse.move(640, 10);
  await shoot(page, 'image');
  process.stdout.write('Screenshots written to docs/screenshots/image(-dark).png\n');
});
