import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { attributeToNewSource, selectInBody } from '../support/body-selection';
import { fromPalette, handOff, mod, newStory, saveNow, setName } from '../support/story';

const FIRST_TEXT = '“We had no choice,” said Morag Bell. The fee rises sharply to £40 a night from June. “It is fair,” said Ian Ross.';

/** Comments on the words `on` with `body`, from the Comment command's shortcut. */
async function comment(page: Page, on: string, body: string): Promise<void> {
  await selectInBody(page, on);
  await page.keyboard.press(`${mod}+Alt+M`);
  const draft = page.getByRole('tabpanel', { name: 'Review' }).getByRole('region', { name: 'New comment' });
  await draft.getByRole('textbox', { name: 'Comment' }).fill(body);
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(draft).toHaveCount(0);
}

/**
 * Issue 10's whole story in one run, two people sharing one library: the reporter writes and hands
 * the story on; the editor, under their own name, comments and suggests one change of each kind;
 * the reporter decides, replies and resolves; the checklist holds Ready to publish until the comment
 * is resolved and the claim verified; a late comment is exported past with a reason the hand-off
 * log keeps; the exports hold no comment and no pending suggestion; the history shows every step
 * and brings back the first version.
 */
test('reporter to editor and back: hand-off, comments, a suggestion of each kind, decisions, the checklist, a final export past it, history', async ({ app: page }) => {
  const out = mkdtempSync(join(tmpdir(), 'copydesk-e2e-newsroom-'));
  try {
    // The reporter writes, attributes both quotations, marks the figure to check, saves, hands on.
    await setName(page, 'Ana Ruiz');
    const body = await newStory(page, 'Harbour fees rise', FIRST_TEXT);
    await attributeToNewSource(page, 'We had no choice', { name: 'Morag Bell', title: 'chair', affiliation: 'Harbour Board' });
    await attributeToNewSource(page, 'It is fair', { name: 'Ian Ross', title: 'skipper', affiliation: 'Fishermen’s Association' });
    await selectInBody(page, '£40 a night');
    await page.keyboard.press(`${mod}+Alt+K`);
    await saveNow(page);
    await handOff(page, 'Ready for edit', { note: 'Over to you' });
    const status = page.getByRole('combobox', { name: 'Status', exact: true }).first();
    await expect(status).toHaveValue('ready-for-edit');

    // The editor comments on the date, then suggests: typed words, deleted words, bold, a quotation
    // given to another source, and a new headline.
    await setName(page, 'Sam Okafor');
    await comment(page, 'from June', 'Which day in June?');
    const panel = page.getByRole('tabpanel', { name: 'Review' });
    const thread = panel.getByRole('listitem', { name: 'Comment by Sam Okafor' });
    await expect(thread).toContainText('Which day in June?');
    await body.click();
    await page.keyboard.press(`${mod}+Alt+Shift+E`);
    const mode = page.getByRole('button', { name: 'Suggest changes' }).last();
    await expect(mode).toHaveText('Suggesting as Sam Okafor');
    await selectInBody(page, 'said Ian Ross.');
    await page.keyboard.press('End');
    await page.keyboard.type(' Fishing boats are exempt.');
    await selectInBody(page, ' sharply');
    await page.keyboard.press('Backspace');
    await selectInBody(page, 'It is fair');
    await page.keyboard.press(`${mod}+b`);
    await selectInBody(page, 'We had no choice');
    await page.getByRole('button', { name: 'Attribute to…' }).click();
    const picker = page.getByRole('dialog', { name: 'Attribute to…' });
    await picker.getByRole('list', { name: 'Sources in this article' }).getByRole('button', { name: /Ian Ross/ }).click();
    await expect(picker).toBeHidden();
    await page.getByRole('textbox', { name: 'Headline' }).fill('Harbour fees to rise sharply');
    const proposals = page.getByRole('list', { name: 'Proposed field changes' });
    await expect(proposals.getByRole('listitem', { name: 'Headline change by Sam Okafor' })).toBeVisible();
    // The article keeps its headline until the proposal is decided.
    const insertion = panel.getByRole('listitem', { name: 'Insertion by Sam Okafor' });
    const deletion = panel.getByRole('listitem', { name: 'Deletion by Sam Okafor' });
    const bold = panel.getByRole('listitem', { name: 'Formatting by Sam Okafor' });
    const sourceChange = panel.getByRole('listitem', { name: 'Source change by Sam Okafor' });
    for (const item of [insertion, deletion, bold, sourceChange]) await expect(item).toHaveCount(1);
    await body.click();
    await page.keyboard.press(`${mod}+Alt+Shift+E`);
    await expect(mode).toHaveText('Editing');
    await saveNow(page);

    // The reporter takes the new sentence and the new source, turns down the rest, replies and resolves.
    await setName(page, 'Ana Ruiz');
    await insertion.getByRole('button', { name: 'Accept' }).click();
    await sourceChange.getByRole('button', { name: 'Accept' }).click();
    await deletion.getByRole('button', { name: 'Reject' }).click();
    await bold.getByRole('button', { name: 'Reject' }).click();
    await proposals.getByRole('listitem', { name: 'Headline change by Sam Okafor' }).getByRole('button', { name: 'Reject' }).click();
    await expect(panel.locator('.suggestion-item')).toHaveCount(0);
    await expect(proposals).toHaveCount(0);
    await expect(body).toHaveText('“We had no choice,” said Morag Bell. The fee rises sharply to £40 a night from June. “It is fair,” said Ian Ross. Fishing boats are exempt.');
    await expect(body.locator('strong')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Harbour fees rise');
    await page.getByRole('tab', { name: /Sources/ }).click();
    await expect(page.getByRole('listitem', { name: 'Ian Ross' })).toContainText('2 quotations');
    await page.getByRole('tab', { name: /Review/ }).click();
    await thread.getByRole('textbox', { name: 'Reply' }).fill('June 1, says the notice.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect(thread).toContainText('June 1, says the notice.');

    // The checklist holds Ready to publish: the open comment and the unverified claim block it.
    await fromPalette(page, 'Check before publishing');
    let check = page.getByRole('dialog', { name: 'Check before publishing' });
    await expect(check.getByRole('listitem', { name: /A comment by Sam Okafor on “from June” is not resolved/ })).toBeVisible();
    await expect(check.getByRole('listitem', { name: /The claim “£40 a night” is unverified/ })).toBeVisible();
    await expect(check.getByRole('status')).toContainText('2 items block Ready to publish');
    await expect(check.getByRole('button', { name: 'Set Ready to publish' })).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(check).toBeHidden();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(thread).toContainText('Resolved by Ana Ruiz');
    await page.getByRole('tab', { name: /Claims/ }).click();
    await page.getByRole('listitem', { name: 'Claim: £40 a night' }).getByLabel('Status').selectOption({ label: 'Verified' });
    await fromPalette(page, 'Check before publishing');
    check = page.getByRole('dialog', { name: 'Check before publishing' });
    await expect(check.getByRole('status')).toHaveText('Everything on the checklist passes.');
    await check.getByRole('button', { name: 'Set Ready to publish', exact: true }).click();
    await expect(check).toBeHidden();
    await expect(status).toHaveValue('ready-to-publish');

    // A late comment from the editor blocks the final export; the reporter exports past it with a reason.
    await setName(page, 'Sam Okafor');
    await comment(page, 'Fishing boats', 'All fishing boats, or only local ones?');
    await setName(page, 'Ana Ruiz');
    await page.getByRole('toolbar', { name: 'Article actions' }).getByRole('button', { name: 'Export…' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export article' });
    await exporting.getByRole('radio', { name: /Print \(PDF\)/ }).check();
    await exporting.getByRole('textbox', { name: 'Export to folder' }).fill(out);
    await expect(exporting.getByRole('checkbox', { name: /Final export/ })).toBeChecked();
    const late = exporting.getByRole('listitem', { name: /A comment by Sam Okafor on “Fishing boats” is not resolved/ });
    await expect(late).toBeVisible();
    await expect(exporting.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
    await late.getByRole('button', { name: 'Override…' }).click();
    await late.getByLabel('Why publish past this?').fill('All boats; the notice says so');
    await expect(exporting.getByLabel('Checklist', { exact: true })).toContainText('Every failed item has a reason');
    await exporting.screenshot({ path: 'test-results/final-export-override.png' });
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    const pdfPath = join(out, 'harbour-fees-rise.pdf');
    await expect(exporting.getByRole('status')).toHaveText(`Exported to ${pdfPath}`);
    await exporting.getByRole('button', { name: 'Export again' }).click();
    await exporting.getByRole('radio', { name: /Web page \(HTML\)/ }).check();
    // The comment is still open, so the second final export needs its reason again.
    await exporting.getByRole('checkbox', { name: /Final export/ }).uncheck();
    await exporting.getByRole('button', { name: 'Export', exact: true }).click();
    const htmlPath = join(out, 'harbour-fees-rise.html');
    await expect(exporting.getByRole('status')).toHaveText(`Exported to ${htmlPath}`);
    await exporting.getByRole('button', { name: 'Done' }).click();

    // The hand-off log names who exported past what, and why; the status did not change.
    await expect(page.getByText(/^Hand-off log \(3\)$/)).toBeVisible();
    await page.getByText(/^Hand-off log \(3\)$/).click();
    const log = page.getByRole('list', { name: 'Hand-off log' });
    await expect(log.getByRole('listitem').first()).toContainText('Ana Ruiz: Final export (PDF) while Ready to publish');
    await expect(log.getByRole('listitem').first()).toContainText('Reason: All boats; the notice says so');
    await expect(log).toContainText('Ana Ruiz: Ready for edit → Ready to publish');
    await expect(log).toContainText('Ana Ruiz: Draft → Ready for edit');
    await expect(status).toHaveValue('ready-to-publish');

    // Both exports hold the decided text, and no comment, reply or suggestion.
    const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const html = readFileSync(htmlPath, 'utf8');
    for (const text of [pdfText, html.replace(/<[^>]+>/g, '')]) {
      expect(text).toContain('Fishing boats are exempt.');
      expect(text).toContain('rises sharply');
      expect(text).not.toContain('Which day in June');
      expect(text).not.toContain('June 1, says the notice');
      expect(text).not.toContain('only local ones');
      expect(text).not.toContain('Harbour fees to rise sharply');
    }
    expect(html).not.toMatch(/data-comment-id|data-suggestion-id|<ins|<del/);

    // The history lists every step, and the first version comes back.
    await page.keyboard.press(`${mod}+Shift+H`);
    const history = page.getByRole('dialog', { name: 'Version history' });
    const rows = history.getByRole('table', { name: 'Versions' }).getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows.filter({ hasText: 'Status change' })).toHaveCount(2);
    await expect(rows.filter({ hasText: 'Suggestions decided' })).toHaveCount(5);
    await expect(rows.filter({ hasText: 'Exported' })).not.toHaveCount(0);
    const firstSave = rows.filter({ hasText: 'Saved' }).last();
    await expect(firstSave).toContainText('Ana Ruiz');
    await expect(firstSave).toContainText('Draft');
    await firstSave.getByRole('button', { name: 'Restore…' }).click();
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await expect(history.getByRole('status')).toContainText('Restored the version of');
    await history.getByRole('button', { name: 'Close' }).click();
    await expect(body).toHaveText(FIRST_TEXT);
    await expect(status).toHaveValue('ready-to-publish');
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
