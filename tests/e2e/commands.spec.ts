import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addSection } from '../support/add-section';
import { selectInBody } from '../support/body-selection';
import { fromPalette, mod, newStory } from '../support/story';

const QUOTE = 'We had no good options, only less bad ones';

async function writeStory(page: Page): Promise<void> {
  await newStory(page, 'Council backs ferry budget', `“${QUOTE},” said Morag Bell. New fares start in March.`);
}

async function newSourceInPicker(page: Page, name: string): Promise<void> {
  const picker = page.getByRole('dialog', { name: 'Attribute to…' });
  await picker.getByRole('button', { name: 'New source…' }).click();
  const form = page.getByRole('dialog', { name: 'New source' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create and attribute' }).click();
  await expect(form).toBeHidden();
}

const saved = (dir: string) => JSON.parse(readFileSync(join(dir, 'council-backs-ferry-budget.article.json'), 'utf8'));

test('Make pull quote, Attribute to… and Mark as claim run from the palette', async ({ app: page, host }) => {
  await writeStory(page);

  await selectInBody(page, QUOTE);
  await fromPalette(page, 'attribute');
  await newSourceInPicker(page, 'Morag Bell');
  await expect(page.getByRole('tabpanel', { name: 'Sources' }).getByRole('listitem', { name: 'Morag Bell' })).toContainText('1 quotation');

  await selectInBody(page, 'no good options');
  // Alt+/ opens the same palette (Google Docs' menu search); fuzzy matching finds "Make pull quote" from "mkpull".
  await fromPalette(page, 'mkpull', 'Alt+/');
  await expect(page.getByRole('figure', { name: 'Pull quote' })).toContainText('no good options');
  await expect(page.getByRole('figure', { name: 'Pull quote' })).toContainText('— Morag Bell');

  await selectInBody(page, 'New fares start in March');
  await fromPalette(page, 'mark as claim');
  await expect(page.getByLabel('Unverified claims')).toHaveText('1 unverified claim');

  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const file = saved(host.libraryDir);
  expect(file.sources.map((s: { name: string }) => s.name)).toEqual(['Morag Bell']);
  expect(file.claims).toHaveLength(1);
  expect(JSON.stringify(file.body)).toContain('"type":"pullQuote"');
});

test('…and from their own shortcuts, each one undone in one step', async ({ app: page }) => {
  await writeStory(page);
  const body = page.getByRole('textbox', { name: 'Article body' });

  await selectInBody(page, QUOTE);
  await page.keyboard.press(`${mod}+Alt+Q`);
  await newSourceInPicker(page, 'Morag Bell');
  const bell = page.getByRole('tabpanel', { name: 'Sources' }).getByRole('listitem', { name: 'Morag Bell' });
  await expect(bell).toContainText('1 quotation');

  await selectInBody(page, 'only less bad ones');
  await page.keyboard.press(`${mod}+Alt+P`);
  await expect(page.getByRole('figure', { name: 'Pull quote' })).toContainText('only less bad ones');

  await selectInBody(page, 'New fares start in March');
  await page.keyboard.press(`${mod}+Alt+K`);
  await expect(page.getByLabel('Unverified claims')).toHaveText('1 unverified claim');
  await expect(body.locator('span.claim')).toHaveText('New fares start in March');

  // Undo takes back the claim (mark and entry), then the pull quote, then the attribution with its new source.
  await page.keyboard.press(`${mod}+z`);
  await expect(body.locator('span.claim')).toHaveCount(0);
  await expect(page.getByLabel('Unverified claims')).toHaveText('0 unverified claims');
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByRole('figure', { name: 'Pull quote' })).toHaveCount(0);
  await page.keyboard.press(`${mod}+z`);
  await expect(body.locator('span.quotation')).toHaveCount(0);
  // Marking the claim showed the Claims panel; the Sources panel is a key away.
  await page.keyboard.press(`${mod}+Alt+1`);
  await expect(page.getByRole('tab', { name: /Sources/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Sources' }).getByText('No sources yet.')).toBeVisible();
  // …and redo brings the attribution back, source and all.
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect(bell).toContainText('1 quotation');
});

test('a command that does not apply says why: in the palette, the menus and when its key is pressed', async ({ app: page }) => {
  await writeStory(page);
  // The cursor is in the body with nothing selected.
  await page.getByRole('textbox', { name: 'Article body' }).press('End');

  await page.keyboard.press(`${mod}+Shift+P`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('make pull quote');
  const option = palette.getByRole('option', { name: /Make pull quote/ });
  await expect(option).toHaveAttribute('aria-disabled', 'true');
  await expect(option).toContainText('Select the quoted words in the body first');
  await page.keyboard.press('Enter');
  // Nothing ran: the palette stays, with its reason on screen.
  await expect(palette).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Pull quote' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // The toolbar button is disabled with the reason as its tooltip.
  const button = page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Mark as claim' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute('title', /Select the sentence, figure or statistic first/);

  // In a section title the Section menu's "Split" does not apply, and says so.
  await addSection(page);
  await page.keyboard.type('What next');
  await page.getByRole('button', { name: 'Section ▾' }).click();
  const split = page.getByRole('menuitem', { name: /Split section at cursor/ });
  await expect(split).toBeDisabled();
  await expect(split).toHaveAttribute('title', /not in a title/);
  await page.keyboard.press('Escape');

  // Its key gives the same answer, read out politely, and changes nothing.
  await page.keyboard.press(`${mod}+Alt+K`);
  await expect(page.getByText(/Mark as claim: Select the sentence, figure or statistic first/)).toBeVisible();
  await expect(page.getByLabel('Unverified claims')).toHaveText('0 unverified claims');
});

test('the menu bar, the context menu and the shortcut sheet are made from the same commands', async ({ app: page }) => {
  await writeStory(page);
  const menubar = page.getByRole('menubar', { name: 'Menu' });
  await expect(menubar.getByRole('menuitem')).toHaveText(['File', 'Edit', 'View', 'Insert', 'Format', 'Article', 'Window', 'Help']);

  // Article → Mark as claim, with its shortcut shown; chosen with the keyboard.
  await selectInBody(page, 'New fares start in March');
  await menubar.getByRole('menuitem', { name: 'Article' }).click();
  const articleMenu = page.getByRole('menu', { name: 'Article' });
  await expect(articleMenu.getByRole('menuitem', { name: /Mark as claim/ })).toContainText('Ctrl+Alt+K');
  await articleMenu.getByRole('menuitem', { name: /Mark as claim/ }).click();
  await expect(page.getByLabel('Unverified claims')).toHaveText('1 unverified claim');

  // The body's context menu.
  await selectInBody(page, QUOTE);
  await page.getByRole('textbox', { name: 'Article body' }).getByText('good options').click({ button: 'right' });
  const context = page.getByRole('menu', { name: 'Text' });
  await expect(context.getByRole('menuitem', { name: /Attribute to…/ })).toBeVisible();
  await expect(context.getByRole('menuitem', { name: /^Paste/ })).toHaveAttribute('title', /paste only from the keyboard/);
  await page.keyboard.press('Escape');
  await expect(context).toBeHidden();

  // Help → Keyboard shortcuts lists every bound command with its keys.
  await menubar.getByRole('menuitem', { name: 'Help' }).click();
  await page.getByRole('menu', { name: 'Help' }).getByRole('menuitem', { name: /Keyboard shortcuts/ }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Make pull quote/ })).toContainText('Ctrl+Alt+P');
  await expect(sheet.getByRole('row', { name: /Command palette/ })).toContainText('Ctrl+Shift+P');
  await expect(sheet.getByRole('row', { name: /Command palette/ })).toContainText('Alt+/');
  await expect(sheet.getByRole('row', { name: /Insert link/ })).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('undo covers the fields too, and recently used commands come first in the palette', async ({ app: page }) => {
  await writeStory(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.fill('Council backs ferry budget after long debate');
  await page.getByRole('textbox', { name: 'Article body' }).press('End');
  await page.keyboard.type(' More.');
  await page.keyboard.press(`${mod}+z`);
  await expect(page.getByRole('textbox', { name: 'Article body' })).not.toContainText('More.');
  await page.keyboard.press(`${mod}+z`);
  await expect(headline).toHaveValue('Council backs ferry budget');

  await fromPalette(page, 'shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press(`${mod}+Shift+P`);
  const first = page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first();
  await expect(first).toContainText('Keyboard shortcuts');
  await expect(first).toContainText('recently used');
});

test('File → Open recent… lists the articles opened last, most recent first, and opens one', async ({ app: page }) => {
  for (const headline of ['Harbour dredging', 'Ferry fares rise']) {
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('A first sentence.');
    await page.keyboard.press(`${mod}+s`);
    await expect(page.getByRole('status')).toHaveText('Saved');
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    // Opened from the library, as a person comes back to a story.
    await page.getByRole('link', { name: headline }).click();
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(headline);
    await page.getByRole('button', { name: 'Library', exact: true }).click();
  }
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: /Open recent/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Open recent' });
  const items = dialog.getByRole('list', { name: 'Recent articles' }).getByRole('button');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Ferry fares rise');
  await expect(items.nth(1)).toContainText('Harbour dredging');
  await dialog.screenshot({ path: 'test-results/open-recent.png' });
  await items.nth(1).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Harbour dredging');
});
