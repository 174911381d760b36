import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { attributeToNewSource, selectInBody } from '../support/body-selection';
import { caretSettled } from '../support/caret';
import { addSectionWith } from '../support/add-section';
import { mod, newStory, saveNow, setName } from '../support/story';

const HEADLINE = 'Ferry subsidy to double';

test('a reporter writes, an editor comments and suggests, the reporter decides; all kept after a reload and nothing pending exported', async ({ app: page, host }) => {
  const out = mkdtempSync(join(tmpdir(), 'copydesk-e2e-review-'));
  try {
    // The reporter writes.
    await setName(page, 'Ana Ruiz');
    const body = await newStory(page, HEADLINE, 'The ferry will cost £4m a year, the council said. Fares rise in March.');
    await saveNow(page);

    // The editor, under their own name, comments on a figure, replies and resolves it.
    await setName(page, 'Sam Okafor');
    await selectInBody(page, '£4m a year');
    await page.getByRole('button', { name: 'Comment…' }).click();
    const panel = page.getByRole('tabpanel', { name: 'Review' });
    const draft = panel.getByRole('region', { name: 'New comment' });
    await expect(draft).toContainText('“£4m a year”');
    await draft.getByRole('textbox', { name: 'Comment' }).fill('Where is this figure from?');
    await draft.getByRole('button', { name: 'Comment' }).click();
    const thread = panel.getByRole('listitem', { name: 'Comment by Sam Okafor' });
    await expect(thread).toContainText('Where is this figure from?');
    await expect(body.locator('span.comment')).toHaveText('£4m a year');
    await thread.getByRole('textbox', { name: 'Reply' }).fill('The budget paper, page 12.');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await expect(thread).toContainText('The budget paper, page 12.');
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(thread).toContainText('Resolved by Sam Okafor');
    await expect(thread.getByRole('button', { name: 'Reopen' })).toBeVisible();

    // Suggestion mode from its shortcut: the status bar says so.
    await body.click();
    await page.keyboard.press(`${mod}+Alt+Shift+E`);
    const mode = page.getByRole('button', { name: 'Suggest changes' }).last();
    await expect(mode).toHaveText('Suggesting as Sam Okafor');
    await expect(mode).toHaveAttribute('aria-pressed', 'true');

    // Typed words, deleted words and a replacement, each a suggestion by the editor.
    await selectInBody(page, 'March.');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' Season tickets rise too.');
    await selectInBody(page, ' in March');
    await page.keyboard.press('Backspace');
    await selectInBody(page, 'the council said');
    await page.keyboard.type('officials said');
    await expect(body.locator('ins')).toHaveText(['officials said', ' Season tickets rise too.']);
    await expect(body.locator('del')).toHaveText(['the council said', ' in March']);
    await expect(body.locator('ins .suggested-in').first()).toHaveCSS('text-decoration-line', 'underline');
    await expect(body.locator('del .suggested-out').first()).toHaveCSS('text-decoration-line', 'line-through');
    const insertion = panel.getByRole('listitem', { name: 'Insertion by Sam Okafor' });
    const deletion = panel.getByRole('listitem', { name: 'Deletion by Sam Okafor' });
    const replacement = panel.getByRole('listitem', { name: 'Replacement by Sam Okafor' });
    await expect(insertion).toContainText('Inserted “Season tickets rise too.”');
    await expect(deletion).toContainText('Deleted “in March”');
    await expect(replacement).toContainText('Replaced “the council said” with “officials said”');
    // In document order: the comment, the replacement, the deletion, the insertion.
    await expect(panel.getByRole('listitem').and(page.locator('.review-item'))).toHaveCount(4);
    const labels = await panel.locator('.review-item').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels).toEqual(['Comment by Sam Okafor', 'Replacement by Sam Okafor', 'Deletion by Sam Okafor', 'Insertion by Sam Okafor']);

    // Next review item from its shortcut walks the body in that order.
    await selectInBody(page, 'The ferry');
    await page.keyboard.press(`${mod}+Alt+BracketRight`);
    await expect(panel.getByRole('listitem', { name: 'Comment by Sam Okafor' })).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press(`${mod}+Alt+BracketRight`);
    await expect(replacement).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press(`${mod}+Alt+BracketLeft`);
    await expect(thread).toHaveAttribute('aria-current', 'true');

    // The reporter again, editing directly: they cannot change the editor's suggestion, only decide it.
    await mode.click();
    await expect(mode).toHaveText('Editing');
    await setName(page, 'Ana Ruiz');
    await selectInBody(page, 'Season');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('x');
    await expect(page.getByText('That is Sam Okafor’s suggestion: accept it, reject it or comment on it.')).toBeVisible();
    await expect(body.locator('ins').last()).toHaveText(' Season tickets rise too.');

    await insertion.getByRole('button', { name: 'Accept' }).click();
    // The other from the body's context menu, at the cursor.
    await body.locator('del', { hasText: 'in March' }).click();
    await body.locator('del', { hasText: 'in March' }).click({ button: 'right' });
    await page.getByRole('menu', { name: 'Text' }).getByRole('menuitem', { name: /Reject suggestion/ }).click();
    await expect(insertion).toHaveCount(0);
    await expect(deletion).toHaveCount(0);
    await expect(body).toContainText('Fares rise in March. Season tickets rise too.');
    await expect(body.locator('ins')).toHaveText(['officials said']);
    await expect(body.locator('del')).toHaveText(['the council said']);
    // Each decision is a version in the history, under the reviewer's name.
    await page.keyboard.press(`${mod}+Shift+H`);
    const history = page.getByRole('dialog', { name: 'Version history' });
    const decided = history.getByRole('table', { name: 'Versions' }).getByRole('row').filter({ hasText: 'Suggestions decided' });
    await expect(decided).toHaveCount(2);
    await expect(decided.first()).toContainText('Ana Ruiz');
    await page.keyboard.press('Escape');
    await expect(history).toBeHidden();

    // The reporter retypes the commented figure: the thread stays, on the words it was on.
    await selectInBody(page, '£4m a year');
    await page.keyboard.type('£5m a year');
    await expect(thread).toContainText('On deleted text: “£4m a year”');
    await saveNow(page);

    // On disk: the threads and the suggestions' metadata in the file's review maps.
    const file = JSON.parse(readFileSync(join(host.libraryDir, 'ferry-subsidy-to-double.article.json'), 'utf8'));
    const threads = Object.values(file.review.threads) as { author: string; resolvedBy: string; replies: Record<string, { body: string }> }[];
    expect(threads).toHaveLength(1);
    expect(threads[0].author).toBe('Sam Okafor');
    expect(threads[0].resolvedBy).toBe('Sam Okafor');
    expect(Object.values(threads[0].replies).map((r) => r.body)).toEqual(['The budget paper, page 12.']);
    const statuses = (Object.values(file.review.suggestions) as { status: string; reviewer: string | null; author: string }[]).map((s) => `${s.author}:${s.status}:${s.reviewer ?? ''}`).sort();
    expect(statuses).toEqual(['Sam Okafor:accepted:Ana Ruiz', 'Sam Okafor:pending:', 'Sam Okafor:rejected:Ana Ruiz']);

    // After a reload everything is as it was left.
    await page.reload();
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.getByRole('tab', { name: /Review/ }).click();
    await expect(thread).toContainText('On deleted text: “£4m a year”');
    await expect(thread).toContainText('Resolved by Sam Okafor');
    await expect(thread).toContainText('The budget paper, page 12.');
    await expect(replacement).toContainText('Replaced “the council said” with “officials said”');
    await expect(panel.locator('.review-item')).toHaveCount(2);
    await expect(body.locator('ins')).toHaveText(['officials said']);
    await expect(body.locator('del')).toHaveText(['the council said']);
    await expect(body).toContainText('Fares rise in March. Season tickets rise too.');

    // The export holds the text as it was before the pending suggestion, and no comment.
    await page.getByRole('toolbar', { name: 'Article actions' }).getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export article' });
    await expect(dialog.getByLabel('Pending suggestions')).toHaveText('1 suggestion is still pending: the export shows the text as it was before it.');
    await dialog.getByRole('radio', { name: /Web page \(HTML\)/ }).check();
    await dialog.getByRole('textbox', { name: 'Export to folder' }).fill(out);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const htmlPath = join(out, 'ferry-subsidy-to-double.html');
    await expect(dialog.getByRole('status')).toHaveText(`Exported to ${htmlPath}`);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).toContain('the council said');
    expect(html).toContain('Fares rise in March. Season tickets rise too.');
    expect(html).not.toContain('officials said');
    expect(html).not.toContain('Where is this figure from?');
    expect(html).not.toContain('The budget paper');
    expect(html).not.toMatch(/data-type="(comment|insertion|deletion)"|data-comment-id|data-suggestion-id/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('undo takes back a comment with its anchor and an accepted suggestion in one step each; field edits are proposals; one author rejected at once', async ({ app: page }) => {
  await setName(page, 'Sam Okafor');
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Keepers walked out at midnight.');
  const panel = page.getByRole('tabpanel', { name: 'Review' });

  await selectInBody(page, 'at midnight');
  await page.keyboard.press(`${mod}+Alt+M`);
  await panel.getByRole('textbox', { name: 'Comment' }).fill('Which time zone?');
  await panel.getByRole('button', { name: 'Comment', exact: true }).click();
  const thread = panel.getByRole('listitem', { name: 'Comment by Sam Okafor' });
  await expect(thread).toBeVisible();
  await expect(body.locator('span.comment')).toHaveText('at midnight');
  await body.click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(thread).toHaveCount(0);
  await expect(body.locator('span.comment')).toHaveCount(0);
  await page.keyboard.press(`${mod}+Shift+Z`);
  await expect(thread).toContainText('Which time zone?');
  await expect(body.locator('span.comment')).toHaveText('at midnight');
  // The cursor in the commented words marks the thread in the panel.
  await selectInBody(page, 'Keepers');
  await page.keyboard.press('ArrowRight');
  await expect(thread).not.toHaveAttribute('aria-current', 'true');
  await body.locator('span.comment').click();
  await expect(thread).toHaveAttribute('aria-current', 'true');

  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  await selectInBody(page, 'Keepers');
  await page.keyboard.type('Lighthouse keepers');
  const replacement = panel.getByRole('listitem', { name: 'Replacement by Sam Okafor' });
  await replacement.getByRole('button', { name: 'Accept' }).click();
  await expect(replacement).toHaveCount(0);
  await expect(body.locator('ins, del')).toHaveCount(0);
  await expect(body).toHaveText('Lighthouse keepers walked out at midnight.');
  await body.click();
  await page.keyboard.press(`${mod}+Z`);
  await expect(replacement).toBeVisible();
  await expect(body.locator('ins')).toHaveText('Lighthouse keepers');
  await expect(body.locator('del')).toHaveText('Keepers');

  // A field edit while suggesting is a proposal: the field shows it, the article keeps its value until it is accepted.
  const dek = page.getByRole('textbox', { name: 'Dek' });
  await dek.fill('The union says the rota is unsafe.');
  const fieldEdit = panel.getByRole('listitem', { name: 'Field edit by Sam Okafor' });
  await expect(fieldEdit).toContainText('dek: “” → “The union says the rota is unsafe.”');
  await expect(dek).toHaveClass(/suggested-field/);
  // Above the body, the proposals to the fields, each with who made it.
  const proposals = page.getByRole('list', { name: 'Proposed field changes' });
  await expect(proposals.getByRole('listitem', { name: 'Dek change by Sam Okafor' })).toContainText('Dek (empty) → The union says the rota is unsafe.');
  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  await expect(dek).toHaveValue('');
  await expect(proposals).toBeVisible();
  await page.screenshot({ path: 'test-results/field-proposals.png' });
  await fieldEdit.getByRole('button', { name: 'Accept' }).click();
  await expect(fieldEdit).toHaveCount(0);
  await expect(proposals).toHaveCount(0);
  await expect(dek).toHaveValue('The union says the rota is unsafe.');
  // A byline proposal rejected from the list above the body: the field keeps its value.
  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  const byline = page.getByRole('textbox', { name: 'Byline' });
  const bylineBefore = await byline.inputValue();
  await byline.fill('By Sam Okafor and Ana Ruiz');
  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  await proposals.getByRole('listitem', { name: 'Byline change by Sam Okafor' }).getByRole('button', { name: 'Reject' }).click();
  await expect(proposals).toHaveCount(0);
  await expect(byline).toHaveValue(bylineBefore);

  // Everything one author suggested, rejected at once from the panel filtered to them.
  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  await selectInBody(page, 'walked out');
  await page.keyboard.type('struck');
  await expect(panel.locator('.suggestion-item')).toHaveCount(2);
  await panel.getByLabel('Author').selectOption('Sam Okafor');
  await panel.getByRole('button', { name: 'Reject all by Sam Okafor' }).click();
  await expect(panel.locator('.suggestion-item')).toHaveCount(0);
  await expect(body.locator('ins, del')).toHaveCount(0);
  await expect(body).toHaveText('Keepers walked out at midnight.');
});

test('an editor changes a quotation’s source, adds a section and a pull quote as suggestions; the reporter accepts one and rejects the others', async ({ app: page }) => {
  await setName(page, 'Ana Ruiz');
  const body = await newStory(page, 'Ferry vote delayed', '“We need another month,” said Morag Bell. “The figures are not ready,” said Ian Ross.');
  await attributeToNewSource(page, 'We need another month', { name: 'Morag Bell', title: 'chair', affiliation: 'Transport Committee' });
  await attributeToNewSource(page, 'The figures are not ready', { name: 'Ian Ross', title: 'treasurer', affiliation: 'Harbour Board' });
  await saveNow(page);

  // The editor, suggesting, gives the first quotation to Ian Ross instead.
  await setName(page, 'Sam Okafor');
  await body.click();
  await page.keyboard.press(`${mod}+Alt+Shift+E`);
  await expect(page.getByRole('button', { name: 'Suggest changes' }).last()).toHaveText('Suggesting as Sam Okafor');
  await selectInBody(page, 'We need another month');
  await page.getByRole('button', { name: 'Attribute to…' }).click();
  const picker = page.getByRole('dialog', { name: 'Attribute to…' });
  await picker.getByRole('list', { name: 'Sources in this article' }).getByRole('button', { name: /Ian Ross/ }).click();
  await expect(picker).toBeHidden();
  const panel = page.getByRole('tabpanel', { name: 'Review' });
  if (!(await panel.isVisible())) await page.getByRole('tab', { name: /Review/ }).click();
  const sourceChange = panel.getByRole('listitem', { name: 'Source change by Sam Okafor' });
  await expect(sourceChange).toBeVisible();

  // A new section and a pull quote, also as suggestions.
  await selectInBody(page, 'said Ian Ross.');
  await page.keyboard.press('End');
  await page.keyboard.press(`${mod}+Alt+S`);
  await expect(body.locator('h2')).toHaveCount(1);
  await caretSettled(page);
  await page.keyboard.type('What happens next');
  await page.getByRole('button', { name: 'Insert pull quote' }).click();
  await expect(body.locator('.pull-quote')).toHaveCount(1);
  await caretSettled(page);
  await page.keyboard.type('We need another month');
  const items = panel.locator('.suggestion-item');
  // One suggestion for the new section, holding its title and the pull quote typed into it, beside the source change.
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Inserted “What happens next We need another month”' })).toHaveCount(1);
  await expect(body.getByRole('heading', { name: 'What happens next' })).toBeVisible();
  await page.screenshot({ path: 'test-results/structure-suggestions.png' });

  // The reporter takes the new source and turns down the rest.
  await body.click();
  await page.keyboard.press(`${mod}+Alt+Shift+E`);
  await setName(page, 'Ana Ruiz');
  await sourceChange.getByRole('button', { name: 'Accept' }).click();
  await expect(sourceChange).toHaveCount(0);
  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(items).toHaveCount(0);
  await expect(body.getByRole('heading', { name: 'What happens next' })).toHaveCount(0);
  await expect(body.locator('.pull-quote')).toHaveCount(0);
  await expect(body).toHaveText('“We need another month,” said Morag Bell. “The figures are not ready,” said Ian Ross.');
  await page.getByRole('tab', { name: /Sources/ }).click();
  await expect(page.getByRole('listitem', { name: 'Ian Ross' })).toContainText('2 quotations');
});

test('formatting and a section moved while suggesting are suggestions too: the move is one change, and rejecting it puts the section back', async ({ app: page }) => {
  await setName(page, 'Sam Okafor');
  const body = await newStory(page, 'Budget day', 'The budget passed at noon.');
  await addSectionWith(page, 'First', 'One paragraph.');
  await addSectionWith(page, 'Second', 'Another paragraph.');
  await saveNow(page);

  await page.keyboard.press(`${mod}+Alt+Shift+E`);
  await expect(page.getByRole('button', { name: 'Suggest changes' }).last()).toHaveText('Suggesting as Sam Okafor');
  await selectInBody(page, 'noon');
  await page.keyboard.press(`${mod}+b`);
  const panel = page.getByRole('tabpanel', { name: 'Review' });
  if (!(await panel.isVisible())) await page.getByRole('tab', { name: /Review/ }).click();
  await expect(panel.getByRole('listitem', { name: 'Formatting by Sam Okafor' })).toHaveCount(1);
  await expect(body.locator('strong')).toHaveText('noon');

  await selectInBody(page, 'Another paragraph');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  const headings = body.getByRole('heading', { level: 2 });
  // Shown in its new place, and struck through where it was until the move is decided.
  await expect(headings).toHaveText(['Second', 'First', 'Second']);
  const items = panel.locator('.suggestion-item');
  // The bold and the move: two suggestions, the move one change rather than a deletion and an insertion.
  await expect(items).toHaveCount(2);
  await expect(panel.getByRole('button', { name: 'Moved “Second Another paragraph.”' })).toBeVisible();

  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(items).toHaveCount(0);
  await expect(headings).toHaveText(['First', 'Second']);
  await expect(body.locator('strong')).toHaveCount(0);
});

test('a section split and a section merged while suggesting are suggestions: accepted, they stand as if made directly; rejected, the sections are as they were', async ({ app: page }) => {
  await setName(page, 'Sam Okafor');
  const body = await newStory(page, 'Pier repairs', 'The pier closes in May.');
  await addSectionWith(page, 'The cost', 'Repairs cost £2m.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The council pays half.');
  await addSectionWith(page, 'What next', 'Work starts in June.');
  await saveNow(page);
  const headings = body.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['The cost', 'What next']);
  const original = await body.innerText();

  await page.keyboard.press(`${mod}+Alt+Shift+E`);
  await expect(page.getByRole('button', { name: 'Suggest changes' }).last()).toHaveText('Suggesting as Sam Okafor');
  const panel = page.getByRole('tabpanel', { name: 'Review' });
  if (!(await panel.isVisible())) await page.getByRole('tab', { name: /Review/ }).click();
  const items = panel.locator('.suggestion-item');

  // Merging "What next" into "The cost": one suggestion, and the text reads as merged until decided.
  await selectInBody(page, 'Work starts');
  await page.keyboard.press(`${mod}+Alt+Backspace`);
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('Merged “What next” into the section before');
  await page.getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(items).toHaveCount(0);
  await expect(headings).toHaveText(['The cost', 'What next']);
  expect(await body.innerText()).toBe(original);

  // Splitting "The cost" at its second paragraph: a new section, suggested.
  await selectInBody(page, 'The council pays half.');
  await page.getByRole('button', { name: 'Section ▾' }).click();
  await page.getByRole('menuitem', { name: /Split section at cursor/ }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Move .* up$/ })).toHaveCount(3);
  await caretSettled(page);
  await page.keyboard.type('Who pays');
  await expect(headings).toHaveText(['The cost', 'Who pays', 'What next']);
  await expect(items.filter({ hasText: 'Who pays' })).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect(items).toHaveCount(0);
  await expect(headings).toHaveText(['The cost', 'Who pays', 'What next']);
  await expect(body.locator('ins, del')).toHaveCount(0);
  await saveNow(page);
});
