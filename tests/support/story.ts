import { expect, type Page } from '@playwright/test';

/** The platform's command key, as Copydesk's shortcuts name it. */
export const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

/** Sets the display name in Settings: who comments, suggests, decides and hands off from now on. */
export async function setName(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
}

/** A new article with a headline and a first paragraph typed, the caret at its end; returns the body. */
export async function newStory(page: Page, headline: string, text: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type(text);
  return body;
}

/** Ctrl+S where the focus is, then waits for the status bar to say the article is saved. */
export async function saveNow(page: Page): Promise<void> {
  await page.keyboard.press(`${mod}+S`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
}

/** Article → Change status…: the new status (its label), who has the story next and a note for the hand-off log. */
export async function handOff(page: Page, status: string, { assignee, note }: { assignee?: string; note?: string } = {}): Promise<void> {
  await fromPalette(page, 'Change status');
  const dialog = page.getByRole('dialog', { name: 'Change status' });
  await dialog.getByLabel('New status').selectOption({ label: status });
  if (assignee !== undefined) await dialog.getByLabel('Assign to').fill(assignee);
  if (note !== undefined) await dialog.getByLabel('Note for the hand-off log (optional)').fill(note);
  await dialog.getByRole('button', { name: `Set ${status}` }).click();
  await expect(dialog).toBeHidden();
}

/** Opens the palette with its shortcut and runs the command found by typing `query`. */
export async function fromPalette(page: Page, query: string, opener = `${mod}+Shift+P`): Promise<void> {
  await page.keyboard.press(opener);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill(query);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}
