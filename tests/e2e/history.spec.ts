import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { attributeToNewSource, selectInBody } from '../support/body-selection';
import { fromPalette, handOff, mod, newStory, saveNow } from '../support/story';

const FIRST = 'The council approved TK million for roads.';
const LATER = 'Work starts in May.';

async function save(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await saveNow(page);
}

/** A new article with a headline and one typed paragraph, saved; returns the body. */
async function savedArticle(page: Page, headline: string, text: string) {
  const body = await newStory(page, headline, text);
  await save(page);
  return body;
}

/**
 * A reporter's day with one story: versions at each save and hand-off, the publish checklist
 * stopping Ready to publish (and taking them to what is wrong), an override with a reason in the
 * hand-off log, then the history: compare two versions, restore the first.
 */
test('versions, hand-offs with notes, the publish checklist and restoring the first version', async ({ app: page }) => {
  await page.keyboard.press(`${mod}+,`);
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Your name').fill('Ana Ruiz');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();

  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Council backs road budget');
  const body = page.getByRole('textbox', { name: 'Article body' });
  // The article's status (the Claims panel has a Status of its own for each claim, further down the page).
  const status = page.getByRole('combobox', { name: 'Status', exact: true }).first();
  await body.click();
  await page.keyboard.type(FIRST);
  await selectInBody(page, 'approved');
  await page.keyboard.press(`${mod}+Alt+K`);
  await save(page);

  // A hand-off with a note: the log says who, from what, to what, and the note.
  await handOff(page, 'Ready for edit', { assignee: 'Tom Weber', note: 'Over to you, the figure still needs a source' });
  await page.getByText(/^Hand-off log \(1\)$/).click();
  const log = page.getByRole('list', { name: 'Hand-off log' });
  await expect(log).toContainText('Ana Ruiz: Draft → Ready for edit');
  await expect(log).toContainText('Over to you, the figure still needs a source');
  await expect(page.getByRole('textbox', { name: 'Assignee' })).toHaveValue('Tom Weber');

  await selectInBody(page, 'roads');
  await page.keyboard.type('bridges');
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(` ${LATER}`);
  await save(page);

  // The checklist stands in front of Ready to publish: a TK and an unverified claim block it.
  await status.selectOption({ label: 'Ready to publish' });
  const gate = page.getByRole('dialog', { name: 'Change status' });
  const checklist = gate.getByRole('list', { name: 'Publishing checklist' });
  const tk = checklist.getByRole('listitem', { name: /“TK” is still in the text/ });
  const claim = checklist.getByRole('listitem', { name: /The claim “approved” is unverified/ });
  await expect(tk).toBeVisible();
  await expect(claim).toBeVisible();
  await expect(gate.getByRole('status')).toContainText('2 items block Ready to publish');
  await expect(gate.getByRole('button', { name: 'Set Ready to publish' })).toBeDisabled();
  await gate.screenshot({ path: 'test-results/gate.png' });

  // "Go there" closes the checklist and selects the TK in the body.
  await tk.getByRole('button', { name: 'Go there' }).click();
  await expect(gate).toBeHidden();
  await expect.poll(() => page.evaluate('window.getSelection().toString()')).toBe('TK');
  await expect(status).toHaveValue('ready-for-edit');

  // Overriding both with reasons lets it through; the log shows what was published past, and why.
  await fromPalette(page, 'Check before publishing');
  const check = page.getByRole('dialog', { name: 'Check before publishing' });
  for (const [item, reason] of [
    [check.getByRole('listitem', { name: /“TK” is still in the text/ }), 'Figure comes from the clerk at six'],
    [check.getByRole('listitem', { name: /The claim “approved” is unverified/ }), 'Vote was live-streamed'],
  ] as const) {
    await item.getByRole('button', { name: 'Override…' }).click();
    await item.getByLabel('Why publish past this?').fill(reason);
  }
  await expect(check.getByRole('status')).toContainText('Nothing blocks');
  await check.getByRole('button', { name: 'Set Ready to publish with overrides' }).click();
  await expect(check).toBeHidden();
  await expect(status).toHaveValue('ready-to-publish');
  await expect(page.getByText(/^Hand-off log \(2\)$/)).toBeVisible();
  await expect(log).toContainText('Ana Ruiz: Ready for edit → Ready to publish');
  await expect(log).toContainText('Reason: Figure comes from the clerk at six');
  await expect(log).toContainText('Reason: Vote was live-streamed');
  await page.screenshot({ path: 'test-results/hand-off-log.png' });

  // The history lists every step, newest first.
  await page.keyboard.press(`${mod}+Shift+H`);
  const history = page.getByRole('dialog', { name: 'Version history' });
  const rows = history.getByRole('table', { name: 'Versions' }).getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toContainText('Ready to publish');
  await expect(rows.first()).toContainText('Status change');
  await expect(rows.filter({ hasText: 'Status change' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Saved' })).toHaveCount(2);
  await expect(rows.first()).toContainText('Ana Ruiz');
  await history.screenshot({ path: 'test-results/history-list.png' });
  const firstSave = rows.filter({ hasText: 'Saved' }).last();
  await expect(firstSave).toContainText('Draft');

  // Compare the first save with the text now: the added sentence is marked inline, in the editor's rendering.
  await firstSave.getByRole('button', { name: 'Compare with now' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  const compared = compare.getByLabel(/^Compared text/);
  // Whole words: "roads." became "bridges. Work starts in May." — one word out, five in.
  await expect(compared.getByRole('deletion')).toHaveText('roads');
  await expect(compared.getByRole('insertion')).toHaveText(`bridges. ${LATER.slice(0, -1)}`);
  await expect(compare).toContainText('5 words added, 1 removed');
  await compare.screenshot({ path: 'test-results/compare.png' });
  await compare.getByRole('button', { name: 'Back to the list' }).click();

  // Restore the first save: its text comes back, the status and log stay, the text before is kept.
  await history.getByRole('table', { name: 'Versions' }).getByRole('row').filter({ hasText: 'Saved' }).last().getByRole('button', { name: 'Restore…' }).click();
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(history.getByRole('status')).toContainText('Restored the version of');
  await expect(body).toHaveText(FIRST);
  // The text before the restore was already the newest version (the hand-off), so it is not kept twice.
  await expect(rows.filter({ hasText: 'Saved' })).toHaveCount(3);
  await expect(rows.first()).toContainText('Saved');
  await expect(rows.nth(1)).toContainText('Status change');
  await history.getByRole('button', { name: 'Close' }).click();
  await expect(status).toHaveValue('ready-to-publish');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
});

test('a file changed by another copy while I have edits merges: their change comes in as a suggestion, mine stays', async ({ app: page, host }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Tram strike');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Drivers walk out at dawn.');
  await save(page);
  const file = join(host.libraryDir, 'tram-strike.article.json');

  await page.keyboard.type(' My unsaved sentence.');
  const theirs = JSON.parse(readFileSync(file, 'utf8'));
  theirs.dek = 'Services stop across the city.';
  writeFileSync(file, JSON.stringify(theirs, null, 2));

  const banner = page.getByRole('alertdialog', { name: 'This article was changed by another program' });
  await banner.getByRole('button', { name: 'Merge' }).click();
  await expect(banner).toHaveCount(0);
  const report = page.getByRole('region', { name: 'Merged with the other copy' });
  await expect(report).toContainText('1 of their changes came in as suggestions');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const merged = JSON.parse(readFileSync(file, 'utf8'));
  expect(JSON.stringify(merged.body)).toContain('My unsaved sentence.');
  expect(Object.values(merged.review.suggestions).map((s) => (s as { kind: string }).kind)).toEqual(['field']);
  await report.getByRole('button', { name: 'Dismiss' }).click();
  await expect(report).toHaveCount(0);
});

test('one change can be put back from a version without restoring the rest, and undone', async ({ app: page }) => {
  const body = await savedArticle(page, 'Harbour dredging', 'Dredging starts on Monday.');
  await selectInBody(page, 'Monday');
  await page.keyboard.type('Friday');
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(' Boats must keep clear.');

  await page.keyboard.press(`${mod}+Shift+H`);
  const history = page.getByRole('dialog', { name: 'Version history' });
  await history.getByRole('row').filter({ hasText: 'Saved' }).last().getByRole('button', { name: 'Compare with now' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  const changes = compare.getByRole('list', { name: 'Changes since that version' });
  await expect(changes.getByRole('listitem')).toHaveCount(1);
  await changes.getByRole('listitem').first().getByRole('button', { name: 'Put back' }).click();
  await expect(compare).toContainText('(the text is the same)');
  await expect(body).toHaveText('Dredging starts on Monday.');
  await compare.getByRole('button', { name: 'Back to the list' }).click();
  await history.getByRole('button', { name: 'Close' }).click();
  await body.click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(body).toHaveText('Dredging starts on Friday. Boats must keep clear.');
});

test('the compare view shows a pull quote with its source, as the article does', async ({ app: page }) => {
  await savedArticle(page, 'Harbour fees', '“We had no choice,” said Morag Bell.');
  await attributeToNewSource(page, 'We had no choice', { name: 'Morag Bell', title: 'chair', affiliation: 'Harbour Board' });
  await selectInBody(page, 'We had no choice');
  await page.keyboard.press(`${mod}+Alt+P`);
  await expect(page.getByRole('textbox', { name: 'Article body' }).getByRole('figure', { name: 'Pull quote' })).toContainText('— Morag Bell, chair, Harbour Board');
  await save(page);
  await page.keyboard.press(`${mod}+End`);
  await page.keyboard.type(' Fees rise in June.');
  await page.keyboard.press(`${mod}+Shift+H`);
  const history = page.getByRole('dialog', { name: 'Version history' });
  await history.getByRole('row').filter({ hasText: 'Saved' }).first().getByRole('button', { name: 'Compare with now' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  await expect(compare.getByRole('figure', { name: 'Pull quote' })).toContainText('— Morag Bell, chair, Harbour Board');
});

test('a desk that only warns on unresolved comments can publish past one; by default it blocks', async ({ app: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry timetable changes');
  await page.getByRole('textbox', { name: 'Byline' }).fill('By Ana Ruiz');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('The last sailing leaves at ten.');
  await selectInBody(page, 'at ten');
  await page.keyboard.press(`${mod}+Alt+M`);
  const panel = page.getByRole('tabpanel', { name: 'Review' });
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Ten at night or in the morning?');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(body.locator('span.comment')).toHaveText('at ten');

  const open = /A comment by .* on “at ten” is not resolved/;
  await fromPalette(page, 'Check before publishing');
  let check = page.getByRole('dialog', { name: 'Check before publishing' });
  await expect(check.getByRole('listitem', { name: open })).toBeVisible();
  await expect(check.getByRole('status')).toContainText('1 item blocks Ready to publish');
  await page.keyboard.press('Escape');
  await expect(check).toBeHidden();

  await page.keyboard.press(`${mod}+,`);
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByLabel('Unresolved comments before publishing').selectOption({ label: 'Only warn' });
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings).toBeHidden();

  await fromPalette(page, 'Check before publishing');
  check = page.getByRole('dialog', { name: 'Check before publishing' });
  await expect(check.getByRole('listitem', { name: open })).toBeVisible();
  await expect(check.getByRole('status')).toContainText('Nothing blocks');
  await check.getByRole('button', { name: 'Set Ready to publish', exact: true }).click();
  await expect(check).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Status', exact: true }).first()).toHaveValue('ready-to-publish');
});

test('a paragraph both copies changed is shown side by side, and theirs can be used instead of mine, then undone', async ({ app: page, host }) => {
  const body = await savedArticle(page, 'Bus strike', 'Drivers walk out at dawn.');
  const file = join(host.libraryDir, 'bus-strike.article.json');

  await page.keyboard.type(' Mine.');
  const theirs = JSON.parse(readFileSync(file, 'utf8'));
  theirs.body.content[0].content = [{ type: 'text', text: 'Drivers walk out at noon.' }];
  writeFileSync(file, JSON.stringify(theirs, null, 2));

  const banner = page.getByRole('alertdialog', { name: 'This article was changed by another program' });
  await banner.getByRole('button', { name: 'Merge' }).click();
  const report = page.getByRole('region', { name: 'Merged with the other copy' });
  const both = report.getByRole('list', { name: 'Changed by both' }).getByRole('listitem');
  await expect(both).toHaveCount(1);
  await expect(both.getByLabel('Yours (kept)')).toContainText('Drivers walk out at dawn. Mine.');
  await expect(both.getByLabel('Theirs')).toContainText('Drivers walk out at noon.');
  await expect(body).toHaveText('Drivers walk out at dawn. Mine.');
  await report.screenshot({ path: 'test-results/merge-both-changed.png' });

  await both.getByRole('button', { name: 'Use theirs' }).click();
  await expect(body).toHaveText('Drivers walk out at noon.');
  await expect(both).toContainText('Theirs is in the text now');
  await body.click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(body).toHaveText('Drivers walk out at dawn. Mine.');
});
