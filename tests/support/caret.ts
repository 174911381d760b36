import type { Page } from '@playwright/test';

/**
 * Waits until the page has had a frame and a task after a command that moved the caret into a new,
 * empty block (Split section, Insert pull quote, Add section from its shortcut), before keys are
 * sent. A synthetic keystroke a few milliseconds after such a command reached Chromium before the
 * selectionchange for the new caret, and the first letter was lost or landed after the caret; a
 * person cannot type that soon, so the test waits as a person would.
 */
export async function caretSettled(page: Page): Promise<void> {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))');
}
