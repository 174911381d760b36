import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { fromPalette, mod, newStory, saveNow } from '../support/story';
import { jpeg, png, SVG_WITH_SCRIPT } from '../support/pictures';

const HEADLINE = 'Ferry saved after late vote';
const BLUE: [number, number, number] = [20, 60, 220];
const FERRY = png(120, 80, () => BLUE);

/** Every picture in the body, in order. */
const pictures = (page: Page) => page.getByRole('textbox', { name: 'Article body' }).getByRole('figure', { name: 'Picture' });

/** The picture has loaded from the library (through the token-protected /library route) and is drawn. */
async function expectDrawn(figure: Locator): Promise<void> {
  await expect.poll(() => figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
}

/** Pixels of a binary PPM (what `pdftoppm` writes without -png) close to `rgb`. */
function countColour(ppm: Buffer, rgb: [number, number, number]): number {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const data = ppm.subarray(header[0].length);
  let n = 0;
  for (let i = 0; i + 2 < data.length; i += 3) {
    if (Math.abs(data[i] - rgb[0]) < 30 && Math.abs(data[i + 1] - rgb[1]) < 30 && Math.abs(data[i + 2] - rgb[2]) < 30) n++;
  }
  return n;
}

/** Exports through the dialog, as a draft copy, and answers with the file written. */
async function exportAs(page: Page, format: RegExp, folder: string): Promise<string> {
  await page.getByRole('toolbar', { name: 'Article actions' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export article' });
  await dialog.getByRole('radio', { name: format }).check();
  await dialog.getByRole('textbox', { name: 'Export to folder' }).fill(folder);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Exported to /, { timeout: 30_000 });
  const path = (await dialog.getByRole('status').textContent())!.replace(/^Exported to /, '');
  await dialog.getByRole('button', { name: 'Done' }).click();
  return path;
}

test('insert a picture from disk, describe, credit and resize it, and find it in the file, the HTML and the PDF', async ({ app: page, host }) => {
  const out = mkdtempSync(join(tmpdir(), 'copydesk-e2e-images-'));
  try {
    await newStory(page, HEADLINE, 'The harbour council voted 5–4 to keep the late ferry.');

    // Insert image… from the toolbar opens the file chooser; the picture lands after the paragraph.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Image' }).click();
    await (await chooser).setFiles({ name: 'ferry.png', mimeType: 'image/png', buffer: FERRY });
    const figure = pictures(page).first();
    await expect(pictures(page)).toHaveCount(1);
    await expectDrawn(figure);

    // Alt text is required: flagged until it is written, and the cursor is put there.
    const alt = figure.getByRole('textbox', { name: /^Alt text/ });
    await expect(alt).toBeFocused();
    await expect(alt).toHaveAttribute('aria-invalid', 'true');
    await expect(figure.getByText('Required before Ready to publish')).toBeVisible();
    await figure.screenshot({ path: 'test-results/image-alt-missing.png' });
    await alt.fill('The late ferry moored at the slipway at dusk');
    await expect(alt).toHaveAttribute('aria-invalid', 'false');
    await expect(figure.getByText('Required before Ready to publish')).toBeHidden();
    await figure.getByRole('textbox', { name: 'Caption' }).fill('The 11 p.m. sailing stays until 2027.');
    await figure.getByRole('textbox', { name: 'Credit' }).fill('Photo: Ana Ruiz');

    // Resize from the keyboard (the Width menu), then with the corner handle.
    const frame = figure.locator('.image-frame');
    const columnWidth = await figure.evaluate((el) => el.clientWidth);
    await figure.getByRole('combobox', { name: 'Width' }).selectOption('50');
    await expect.poll(() => frame.evaluate((el) => Math.round((el.getBoundingClientRect().width / el.parentElement!.clientWidth) * 100))).toBe(50);
    await figure.hover();
    const handle = (await figure.locator('.image-resize').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + columnWidth * 0.125, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(figure.getByRole('combobox', { name: 'Width' })).toHaveValue('75');
    await figure.getByRole('combobox', { name: 'Width' }).selectOption('50');

    // A second picture, then one undo takes it back whole.
    await page.getByRole('textbox', { name: 'Article body' }).getByText('late ferry').click();
    await page.getByLabel('Image file to insert').setInputFiles({ name: 'second.jpg', mimeType: 'image/jpeg', buffer: jpeg(10, 10) });
    await expect(pictures(page)).toHaveCount(2);
    await page.keyboard.press(`${mod}+Z`);
    await expect(pictures(page)).toHaveCount(1);
    await expect(figure.getByRole('textbox', { name: 'Caption' })).toHaveValue('The 11 p.m. sailing stays until 2027.');

    // The file keeps a library-relative path; the picture itself is copied into the library's assets folder.
    await page.getByRole('textbox', { name: 'Article body' }).getByText('late ferry').click();
    await saveNow(page);
    const file = readdirSync(host.libraryDir).find((f) => f.endsWith('.article.json'))!;
    const saved = JSON.parse(readFileSync(join(host.libraryDir, file), 'utf8'));
    const node = saved.body.content.find((n: { type: string }) => n.type === 'image');
    expect(node.attrs).toEqual({
      src: expect.stringMatching(new RegExp(`^assets/${saved.id}/[0-9a-f]{32}\\.png$`)),
      alt: 'The late ferry moored at the slipway at dusk',
      caption: 'The 11 p.m. sailing stays until 2027.',
      credit: 'Photo: Ana Ruiz',
      width: 50,
    });
    expect(readFileSync(join(host.libraryDir, node.attrs.src)).equals(FERRY)).toBe(true);

    // HTML: the picture embedded, with its alt text, caption, credit and width.
    const html = readFileSync(await exportAs(page, /Web page \(HTML\)/, out), 'utf8');
    expect(html).toContain(
      `<figure class="image" style="width:50%">\n<img src="data:image/png;base64,${FERRY.toString('base64')}" alt="The late ferry moored at the slipway at dusk">\n` +
        '<figcaption>The 11 p.m. sailing stays until 2027. <span class="credit">Photo: Ana Ruiz</span></figcaption>',
    );

    // PDF, read back with poppler: the caption and credit in its text, the picture placed and drawn.
    const pdf = await exportAs(page, /Print \(PDF\)/, out);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('The 11 p.m. sailing stays until 2027.');
    expect(text).toMatch(/Photo: Ana Ruiz/i);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\s*1\s+\d+\s+image\s+120\s+80\s/);
    execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', pdf, join(out, 'page')]);
    const ppm = readdirSync(out).find((f) => f.startsWith('page') && f.endsWith('.ppm'))!;
    // Half the column of an A4 page at 50 dpi is about 170 × 115 pixels of the picture's blue.
    expect(countColour(readFileSync(join(out, ppm)), BLUE)).toBeGreaterThan(10_000);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('hostile files are refused with a sentence and change nothing; dropped and pasted pictures land in the body', async ({ app: page, host }) => {
  await newStory(page, 'Harbour dues rise', 'Dues rise in April.');
  // Insert image… has its own key, in the body.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(`${mod}+Alt+G`);
  expect((await chooser).isMultiple()).toBe(true);
  const input = page.getByLabel('Image file to insert');
  const notice = page.locator('.structure-notice');

  for (const [file, sentence] of [
    [{ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: SVG_WITH_SCRIPT }, '“logo.svg” is an SVG drawing, which can carry scripts, so Copydesk does not take it'],
    [{ name: 'ferry.png', mimeType: 'image/png', buffer: jpeg(10, 10) }, '“ferry.png” is named as a .png file but holds a JPEG picture'],
    [{ name: 'cut.png', mimeType: 'image/png', buffer: png(40, 40).subarray(0, 60) }, '“cut.png” is cut short'],
    [{ name: 'bomb.png', mimeType: 'image/png', buffer: png(1, 1, undefined, { width: 40_000, height: 40_000 }) }, '40,000 × 40,000 pixels'],
    [{ name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) }, '“empty.png” is empty (0 bytes)'],
  ] as const) {
    await input.setInputFiles(file);
    await expect(notice).toContainText(sentence);
    await expect(pictures(page)).toHaveCount(0);
  }
  expect(existsSync(join(host.libraryDir, 'assets'))).toBe(false);

  // A picture dropped on the words goes in at the block boundary where it was dropped.
  const paragraph = page.getByRole('textbox', { name: 'Article body' }).getByText('Dues rise in April.');
  const box = (await paragraph.boundingBox())!;
  await paragraph.evaluate(
    (el, { b64, x, y }) => {
      const file = new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'dropped.png', { type: 'image/png' });
      const data = new DataTransfer();
      data.items.add(file);
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true }));
    },
    { b64: FERRY.toString('base64'), x: box.x + box.width - 2, y: box.y + box.height / 2 },
  );
  await expect(pictures(page)).toHaveCount(1);
  await expectDrawn(pictures(page).first());
  await expect(notice).toBeHidden();

  // A picture pasted from the clipboard (a file, no words) is inserted at the cursor too.
  await paragraph.click();
  await page.getByRole('textbox', { name: 'Article body' }).evaluate((el, b64) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'image.png', { type: 'image/png' }));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, png(120, 80, () => [0, 160, 0]).toString('base64'));
  await expect(pictures(page)).toHaveCount(2);

  // Typing in a picture's field is one undo step, as typing in the body is; the picture stays.
  const credit = pictures(page).first().getByRole('textbox', { name: 'Credit' });
  await credit.pressSequentially('Photo: harbour board');
  await page.keyboard.press(`${mod}+Z`);
  await expect(credit).toHaveValue('');
  await expect(pictures(page)).toHaveCount(2);

  // The checklist blocks both pictures without alt text, and "Go there" puts the cursor in the first one's field.
  await fromPalette(page, 'Check before publishing');
  const check = page.getByRole('dialog', { name: 'Check before publishing' });
  const missing = check.getByRole('listitem', { name: /Picture 1 has no alt text/ });
  await expect(missing).toBeVisible();
  await expect(check.getByRole('listitem', { name: /Picture 2 has no alt text/ })).toBeVisible();
  await missing.getByRole('button', { name: 'Go there' }).click();
  await expect(check).toBeHidden();
  await expect(pictures(page).first().getByRole('textbox', { name: /^Alt text/ })).toBeFocused();
});
