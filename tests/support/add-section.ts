import { expect, type Page } from '@playwright/test';
import { caretSettled } from './caret';

/**
 * Clicks Add section and waits until the outline lists one more section before the
 * caller types its title, as a person would see it appear first.
 *
 * Without the wait, a synthetic keystroke sent within a few milliseconds of the click reached
 * Chromium before it had delivered the selectionchange for the caret the command put in the new
 * title; about one run in thirty on a loaded machine, the first letter then landed after the caret
 * ("What comes next" saved as "hat comes nextW"). The outline is refreshed from a timer queued
 * after that event, so once it shows the section the caret is settled.
 */
export async function addSection(page: Page): Promise<void> {
  // A section's line in the outline has move buttons; the intro's does not.
  const entries = page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Move .* up$/ });
  const before = await entries.count();
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(entries).toHaveCount(before + 1);
  await caretSettled(page);
}

/** Adds a section, types its title, and its first paragraph under it. */
export async function addSectionWith(page: Page, title: string, paragraph: string): Promise<void> {
  await addSection(page);
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.keyboard.type(paragraph);
}
