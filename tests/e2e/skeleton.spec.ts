import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { addSection } from '../support/add-section';
import { startHost } from '../support/browser-host';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('write an article with two sections, save with the shortcut, reload and find it all again', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toBeVisible();
  await headline.fill('Ferry fares to rise as council votes');
  await page.getByRole('textbox', { name: 'Dek' }).fill('The vote was close.');

  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('The council voted on Tuesday to raise fares.');
  await addSection(page);
  await page.keyboard.type('How the vote went');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Seven members voted for the rise and six against.');
  await addSection(page);
  await page.keyboard.type('What comes next');
  await page.keyboard.press('Enter');
  await page.keyboard.type('New fares start in March.');

  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status')).toHaveText('Saved');

  // The file on disk is named from the slug and holds the structure.
  const files = readdirSync(host.libraryDir).filter((f) => f.endsWith('.article.json'));
  expect(files).toEqual(['ferry-fares-to-rise-as-council-votes.article.json']);
  const saved = JSON.parse(readFileSync(join(host.libraryDir, files[0]), 'utf8'));
  expect(saved.schemaVersion).toBe(2);
  expect(saved.headline).toBe('Ferry fares to rise as council votes');
  const sections = saved.body.content.filter((n: { type: string }) => n.type === 'section');
  expect(sections).toHaveLength(2);
  expect(JSON.stringify(sections[0])).toContain('How the vote went');
  expect(JSON.stringify(sections[1])).toContain('New fares start in March.');

  await page.reload();
  await page.getByRole('link', { name: 'Ferry fares to rise as council votes' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Ferry fares to rise as council votes');
  await expect(page.getByRole('textbox', { name: 'Dek' })).toHaveValue('The vote was close.');
  await expect(page.getByRole('heading', { name: 'How the vote went' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What comes next' })).toBeVisible();
  await expect(body).toContainText('Seven members voted for the rise and six against.');
  // 8 + 4 + 9 + 3 + 5 words: the intro, two section titles and their paragraphs.
  await expect(page.getByLabel('Word count')).toHaveText('29 words');

  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const row = page.getByRole('row', { name: /Ferry fares to rise/ });
  await expect(row).toContainText('29 words');
  await expect(row).toContainText('Draft');
});

test('unsaved edits survive going back to the library at once', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Quick note');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Typed and left before any autosave.');
  await expect(page.getByRole('status')).toHaveText('Unsaved changes');
  await page.getByRole('button', { name: 'Library', exact: true }).click();

  await expect(page.getByRole('row', { name: /Quick note/ })).toContainText('6 words');
  const saved = JSON.parse(readFileSync(join(host.libraryDir, 'quick-note.article.json'), 'utf8'));
  expect(JSON.stringify(saved.body)).toContain('Typed and left before any autosave.');
  await page.getByRole('link', { name: 'Quick note' }).click();
  await expect(body).toContainText('Typed and left before any autosave.');
});

test('autosave writes after a pause in typing and the library lists newest first', async ({ app: page, host }) => {
  for (const title of ['Older story', 'Newer story']) {
    await page.getByRole('button', { name: 'New article' }).click();
    // The new, empty article is on screen before typing (as a person would wait to see it).
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
    await page.getByRole('textbox', { name: 'Headline' }).fill(title);
    await expect(page.getByRole('status')).toHaveText('Saved', { timeout: 10_000 });
  }
  const articles = readdirSync(host.libraryDir).filter((f) => f.endsWith('.article.json'));
  expect(articles.sort()).toEqual(['newer-story.article.json', 'older-story.article.json']);
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  const links = page.getByRole('table').getByRole('link');
  await expect(links).toHaveText(['Newer story', 'Older story']);
});

test('your name from Settings becomes the byline of new articles and is remembered', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill('Ana Ruiz');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByPlaceholder('By …')).toHaveValue('By Ana Ruiz');
  await page.reload();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name')).toHaveValue('Ana Ruiz');
  expect(JSON.parse(readFileSync(join(host.dataDir, 'settings.json'), 'utf8')).displayName).toBe('Ana Ruiz');
});

test('an article from a newer Copydesk opens read-only, shows what it can and is never overwritten', async ({ app: page, host }) => {
  const future = {
    schemaVersion: 99,
    id: 'future-1',
    headline: 'Written by a later version',
    dek: '',
    byline: '',
    dateline: '',
    slug: 'future',
    status: 'draft',
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-01T00:00:00.000Z',
    sources: [],
    claims: [],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Text from the future.' }] }] },
    somethingNew: { kind: 'unknown to this version' },
  };
  const file = join(host.libraryDir, 'future.article.json');
  const text = JSON.stringify(future, null, 2);
  writeFileSync(file, text);
  await page.reload();
  await expect(page.getByText(/saved by a newer version of Copydesk/)).toBeVisible();
  await page.getByRole('button', { name: 'Open read-only' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'read-only' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Written by a later version');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Text from the future.');
  await page.keyboard.press('Control+s');
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  expect(readFileSync(file, 'utf8')).toBe(text);
});

test('the article last worked on opens when Copydesk starts again; a reload stays in the library', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Pier closure');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('The pier shuts for repairs on Monday.');
  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status')).toHaveText('Saved');
  // A reload is not a start: the library, as before.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
  await page.getByRole('link', { name: 'Pier closure' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Pier closure');

  // The app ends and starts again on the same library and data (the fixture's host keeps its folders
  // until the test is over): the story is on screen.
  await host.kill();
  const again = await startHost({ libraryDir: host.libraryDir, dataDir: host.dataDir });
  try {
    await page.goto(again.url);
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Pier closure');
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('The pier shuts for repairs on Monday.');
  } finally {
    await again.stop();
  }
});
