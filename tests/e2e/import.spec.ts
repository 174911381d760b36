import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const STORY = [
  'Ferry board postpones vote on Skarra crossing',
  'The island will wait another month for its winter timetable.',
  '“We are not here to close anything,” said Ingrid Sæther, the chair of the board.',
  'What it costs',
  '“It was expensive,” Sæther said, “but it kept the boats running.”',
  '"The boats are old," said Tomas Berg, a fisherman from the island.',
].join('\n\n');

/**
 * Browser-side code, as source so this Node-typed file needs no DOM types: drag events carrying a
 * file, and a paste event carrying clipboard data, dispatched the way the browser would.
 */
const DRAG = `({ html, types }) => {
  const el = document.querySelector('main.library');
  const data = new DataTransfer();
  data.items.add(new File([html], 'storm.html', { type: 'text/html' }));
  for (const type of types) el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
}`;
const PASTE = `(items) => {
  const data = new DataTransfer();
  for (const [type, value] of Object.entries(items)) data.setData(type, value);
  document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}`;

/** Runs one of the sources above in the page with a JSON argument. */
const inPage = (page: Page, source: string, arg: unknown) => page.evaluate(`(${source})(${JSON.stringify(arg)})`);
const pageGlobal = (page: Page, name: string) => page.evaluate(`globalThis[${JSON.stringify(name)}]`);

const articleFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.article.json'));

test('import a text file, correct the review and open the article', async ({ app: page, host }) => {
  await page.getByLabel('File to import').setInputFiles({ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(STORY) });
  const review = page.getByRole('dialog', { name: 'Review the import' });
  await expect(review).toBeVisible();
  await expect(review.getByLabel('Headline')).toHaveValue('Ferry board postpones vote on Skarra crossing');
  await expect(review.getByLabel('Section 1 heading')).toHaveValue('What it costs');
  await expect(review.getByLabel('Source 1 name')).toHaveValue('Ingrid Sæther');
  await expect(review.getByLabel('Source 1 title')).toHaveValue('chair of the board');
  await expect(review.getByText('We are not here to close anything,', { exact: false })).toBeVisible();
  await expect(review.getByLabel('Speaker of quotation 1')).toHaveValue('source-1');

  await review.getByLabel('Headline').fill('Ferry vote put off for a month');
  const quotations = review.getByRole('listitem', { name: /^Quotation \d+$/ });
  await expect(quotations).toHaveCount(3);
  await review.getByRole('button', { name: 'Drop quotation 3' }).click();
  await expect(quotations).toHaveCount(2);
  await review.getByRole('button', { name: 'Create article' }).click();

  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry vote put off for a month');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('We are not here to close anything');

  const files = articleFiles(host.libraryDir);
  expect(files).toEqual(['ferry-vote-put-off-for-a-month.article.json']);
  const saved = JSON.parse(readFileSync(join(host.libraryDir, files[0]), 'utf8'));
  const body = JSON.stringify(saved.body);
  expect(body.match(/"type":"quotation"/g)).toHaveLength(3); // two quotations, one of them split in two
  expect(body).not.toContain('"sourceId":"source-2"');
  expect(saved.sources.map((s: { name: string }) => s.name)).toContain('Ingrid Sæther');
});

test('drop an HTML file on the library to import it', async ({ app: page }) => {
  const html =
    '<html><body><nav>Home | World</nav><h1>Harbour closes for the storm</h1><p class="dek">Boats stay in until Friday.</p>' +
    '<p>“The boats stay in,” said Ann Lee, the harbour master.</p><script>window.hacked = 1</script></body></html>';
  await inPage(page, DRAG, { html, types: ['dragenter', 'dragover'] });
  await expect(page.getByText('Drop to import as a new article')).toBeVisible();
  await inPage(page, DRAG, { html, types: ['drop'] });
  const review = page.getByRole('dialog', { name: 'Review the import' });
  await expect(review.getByLabel('Headline')).toHaveValue('Harbour closes for the storm');
  await expect(review.getByLabel('Dek')).toHaveValue('Boats stay in until Friday.');
  await expect(review.getByLabel('Source 1 name')).toHaveValue('Ann Lee');
  await expect(page.getByText('Drop to import as a new article')).toBeHidden();
  expect(await pageGlobal(page, 'hacked')).toBeUndefined();
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
});

test('binary, empty and oversized files get a clear message', async ({ app: page, host }, info) => {
  // Playwright hands over buffers up to 50 MB only; the big one goes as a file.
  const huge = info.outputPath('huge.txt');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x61));
  const cases: [string, Buffer | string, RegExp][] = [
    ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /binary data, not text/],
    ['empty.txt', Buffer.alloc(0), /is empty/],
    ['latin1.txt', Buffer.from('Caf\xe9 ol\xe9 and more words here', 'latin1'), /not valid UTF-8/],
    ['huge.txt', huge, /50 MB of text.*Split it/],
  ];
  for (const [name, content, message] of cases) {
    await page.getByLabel('File to import').setInputFiles(typeof content === 'string' ? content : { name, mimeType: 'text/plain', buffer: content });
    const failed = page.getByRole('alertdialog', { name: `Could not import ${name}` });
    await expect(failed).toContainText(message);
    await failed.getByRole('button', { name: 'Close' }).click();
    await expect(failed).toBeHidden();
  }
  expect(articleFiles(host.libraryDir)).toEqual([]);
});

test('rich paste is cleaned: text kept, no script, style or image, nothing fetched', async ({ app: page, host }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(host.origin) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await inPage(page, PASTE, {
    'text/html':
      '<meta charset="utf-8"><div style="font-family:Arial"><p style="color:red" onclick="window.pwned=1">Council backs the <b>new bridge</b> plan.</p>' +
      '<script>window.pwned = 2</script><style>p { color: red }</style><img src="https://tracker.example/pixel.gif" onerror="window.pwned=3">' +
      '<p>Work starts in <a href="javascript:alert(1)">spring</a>.</p></div>',
    'text/plain': 'Council backs the new bridge plan.\n\nWork starts in spring.',
  });
  await expect(body).toContainText('Council backs the new bridge plan.');
  await expect(body).toContainText('Work starts in spring.');
  await expect(body.locator('strong')).toHaveText('new bridge');
  const html = await body.innerHTML();
  expect(html).not.toMatch(/<script|<style|<img|onclick|onerror|style="color|javascript:/i);
  expect(await pageGlobal(page, 'pwned')).toBeUndefined();

  // Plain text keeps its paragraphs: a blank line starts a new one, a wrapped line does not.
  await page.keyboard.press('End');
  await inPage(page, PASTE, { 'text/plain': 'First pasted paragraph\nwrapped in an email.\n\nSecond pasted paragraph.' });
  await expect(body.locator('p', { hasText: 'First pasted paragraph wrapped in an email.' })).toHaveCount(1);
  await expect(body.locator('p', { hasText: /^Second pasted paragraph\.$/ })).toHaveCount(1);
  await page.waitForTimeout(300);
  expect(outside).toEqual([]);
});

test('the review flags exactly the quotations whose speaker a rule for unnamed people or follow-ons changed', async ({ app: page }) => {
  const story = [
    'Harbour board keeps the winter ferry',
    '“The timetable stays as it is,” said Ingrid Sæther, the chair of the board.',
    '“It will fold by Friday,” an aide to the mayor said, speaking on condition of anonymity.',
    'Tomas Ekberg, 63, has sailed on the ferry since it started.',
    '“I would have no way to get to the clinic.”',
    '“We kept every crossing,” Sæther said.',
  ].join('\n\n');
  await page.getByLabel('File to import').setInputFiles({ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(story) });
  const review = page.getByRole('dialog', { name: 'Review the import' });
  await expect(review.getByLabel('Headline')).toHaveValue('Harbour board keeps the winter ferry');
  const quotation = (n: number) => review.getByRole('listitem', { name: `Quotation ${n}`, exact: true });
  await expect(review.getByRole('listitem', { name: /^Quotation \d+$/ })).toHaveCount(4);
  // Rule 2: the unnamed aide named after the quotation, not Sæther who spoke before.
  await expect(quotation(2)).toHaveClass(/flagged/);
  await expect(quotation(2)).toContainText('⚠ Credited to an aide to the mayor, named after the quotation, not to Ingrid Sæther');
  // Rule 3: the follow-on after the paragraph that introduces Ekberg.
  await expect(quotation(3)).toHaveClass(/flagged/);
  await expect(quotation(3)).toContainText('⚠ Credited to Tomas Ekberg, introduced just before it');
  await expect(review.getByLabel('Speaker of quotation 3')).toHaveValue(/source-\d+/);
  // The plainly attributed ones are not flagged.
  for (const n of [1, 4]) {
    await expect(quotation(n)).not.toHaveClass(/flagged/);
    await expect(quotation(n)).not.toContainText('⚠');
  }
  await expect(review.getByText('2 items flagged for a check.', { exact: false })).toBeVisible();
  await page.screenshot({ path: 'test-results/import-review-flags.png' });
  await review.getByRole('button', { name: 'Cancel' }).click();
});
