import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';

const HEADLINE = 'Lighthouse keepers vote to strike over night shifts';

test('export an article as HTML, then PDF, replace it only when confirmed, and find the choices remembered', async ({ app: page }) => {
  const out = mkdtempSync(join(tmpdir(), 'copydesk-e2e-export-'));
  // A folder that does not exist yet: the export creates it.
  const folder = join(out, 'for the web');
  try {
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByRole('textbox', { name: 'Headline' }).fill(HEADLINE);
    await page.getByRole('textbox', { name: 'Dek' }).fill('The union says the new rota is unsafe.');
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type('Keepers at the three island lights walked out at midnight.');
    // Not saved yet: the dialog saves before exporting.

    await page.getByRole('toolbar', { name: 'Article actions' }).getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export article' });
    await expect(dialog).toBeVisible();
    const formatHtml = dialog.getByRole('radio', { name: /Web page \(HTML\)/ });
    await expect(formatHtml).toBeChecked();
    await expect(formatHtml).toBeFocused();
    // Browser mode has no native folder chooser: a text field, with the library's exports folder to start.
    await expect(dialog.getByRole('button', { name: 'Choose…' })).toHaveCount(0);
    const folderField = dialog.getByRole('textbox', { name: 'Export to folder' });
    await expect(folderField).toHaveValue(/exports$/);
    // HTML has no pages.
    await expect(dialog.getByRole('group', { name: 'Page size' })).toHaveCount(0);

    // A relative path is refused with a sentence, before anything is written.
    await folderField.fill('exports');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('full path');

    await folderField.fill(folder);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const htmlPath = join(folder, 'lighthouse-keepers-vote-to-strike-over-night-shifts.html');
    await expect(dialog.getByRole('status')).toHaveText(`Exported to ${htmlPath}`);
    expect(readFileSync(htmlPath, 'utf8')).toContain(HEADLINE);
    expect(readFileSync(htmlPath, 'utf8')).toContain('Keepers at the three island lights walked out at midnight.');

    // Browser mode cannot open a file manager: it names the folder instead.
    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect(dialog).toContainText(`The file is in the folder ${folder}`);

    // PDF, Letter, with the appendix: progress shows while Chromium renders.
    await dialog.getByRole('button', { name: 'Export again' }).click();
    await dialog.getByRole('radio', { name: /Print \(PDF\)/ }).check();
    await dialog.getByRole('radio', { name: 'Letter' }).check();
    await dialog.getByRole('checkbox', { name: /Include source appendix/ }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(/Making the PDF|Writing|Saving|Exporting/);
    const pdfPath = join(folder, 'lighthouse-keepers-vote-to-strike-over-night-shifts.pdf');
    await expect(dialog.getByRole('status')).toHaveText(`Exported to ${pdfPath}`, { timeout: 30_000 });
    expect(existsSync(pdfPath)).toBe(true);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(HEADLINE);
    expect(text).toMatch(/page 1 of 1/);
    // Letter is 612 points wide.
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);

    // Again to the same place: asked first; keeping the file leaves it alone.
    writeFileSync(pdfPath, 'an earlier version');
    await dialog.getByRole('button', { name: 'Export again' }).click();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const ask = dialog.getByRole('group', { name: 'Replace the existing file?' });
    await expect(ask).toContainText(`${pdfPath} already exists`);
    await expect(ask.getByRole('button', { name: 'Keep the existing file' })).toBeFocused();
    await ask.getByRole('button', { name: 'Keep the existing file' }).click();
    expect(readFileSync(pdfPath, 'utf8')).toBe('an earlier version');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog.getByRole('group', { name: 'Replace the existing file?' }).getByRole('button', { name: 'Replace' }).click();
    await expect(dialog.getByRole('status')).toHaveText(`Exported to ${pdfPath}`, { timeout: 30_000 });
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();

    // Reopened, even after a reload: the last choices are back.
    await page.reload();
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog.getByRole('radio', { name: /Print \(PDF\)/ })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Letter' })).toBeChecked();
    await expect(dialog.getByRole('checkbox', { name: /Include source appendix/ })).toBeChecked();
    await expect(dialog.getByRole('textbox', { name: 'Export to folder' })).toHaveValue(folder);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a final export must pass the publishing checklist; a draft copy need not, and "Go there" leads to what blocks', async ({ app: page }) => {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Harbour dues to rise');
  await page.getByRole('textbox', { name: 'Byline' }).fill('By Ana Ruiz');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Dues rise by TK per cent in April.');

  await page.getByRole('toolbar', { name: 'Article actions' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export article' });
  const final = dialog.getByRole('checkbox', { name: /Final export/ });
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  // A draft is exported as a draft copy unless the user asks for a final export.
  await expect(final).not.toBeChecked();
  await expect(exportButton).toBeEnabled();
  await final.check();
  const checklist = dialog.getByRole('list', { name: 'Publishing checklist' });
  const tk = checklist.getByRole('listitem', { name: /“TK” is still in the text/ });
  await expect(tk).toBeVisible();
  await expect(dialog).toContainText('1 item blocks a final export');
  // Only what fails is listed, with the rest counted, so the item that blocks is in view.
  await expect(checklist.locator('.gate-line.failed')).toHaveCount(1);
  await expect(checklist).toContainText(/The other \d+ checks pass/);
  await expect(tk).toBeInViewport();
  await expect(exportButton).toBeDisabled();
  await dialog.screenshot({ path: 'test-results/final-export-gate.png' });

  await tk.getByRole('button', { name: 'Go there' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => page.evaluate('window.getSelection().toString()')).toBe('TK');
  await page.keyboard.type('3');

  await page.getByRole('toolbar', { name: 'Article actions' }).getByRole('button', { name: 'Export…' }).click();
  await final.check();
  await expect(dialog).toContainText('The publishing checklist passes');
  await expect(exportButton).toBeEnabled();
});
