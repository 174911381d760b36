import type { Page } from 'playwright-core';

// Runs in the page (tests and scripts compile without the DOM library, so it is sent as source text).
const SELECT_IN_BODY = `(needle) => {
  const root = document.querySelector('[aria-label="Article body"]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent.indexOf(needle);
    if (at < 0) continue;
    root.focus();
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + needle.length);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    return true;
  }
  return false;
}`;

// TipTap hangs the editor on its element; what ProseMirror has read of the selection so far.
const EDITOR_SELECTION = `(() => {
  const page = window.getSelection().toString();
  const editor = document.querySelector('[aria-label="Article body"]').editor;
  if (!editor) throw new Error('the article body has no editor');
  const { from, to } = editor.state.selection;
  return editor.state.doc.textBetween(from, to, '\\n') === page.replace(/\\n+/g, '\\n') ? page : null;
})()`;

/**
 * Selects the first occurrence of `text` in the article body, as a journalist would with the mouse,
 * and waits until the editor has read it (ProseMirror follows the page on selectionchange; a key
 * pressed before then would act on the old selection).
 */
export async function selectInBody(page: Page, text: string): Promise<void> {
  // A re-render that lands between setting the range and ProseMirror reading it (the panels refresh
  // after a pause in typing) puts the old selection back; a person would simply select again.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (!(await page.evaluate(`(${SELECT_IN_BODY})(${JSON.stringify(text)})`))) throw new Error(`"${text}" is not in the article body`);
    for (let i = 0; i < 25; i++) {
      // The editor's own state, not only the page's selection: a command run now reads the state.
      if ((await page.evaluate(EDITOR_SELECTION)) === text) return;
      await page.waitForTimeout(20);
    }
  }
  throw new Error(`"${text}" could not be selected`);
}

/** Selects quoted words and attributes them to a new source through "Attribute to…", as a reporter would. */
export async function attributeToNewSource(page: Page, words: string, source: { name: string; title: string; affiliation: string }): Promise<void> {
  await selectInBody(page, words);
  await page.getByRole('button', { name: 'Attribute to…' }).click();
  await page.getByRole('dialog', { name: 'Attribute to…' }).getByRole('button', { name: 'New source…' }).click();
  const form = page.getByRole('dialog', { name: 'New source' });
  await form.getByLabel('Name').fill(source.name);
  await form.getByLabel('Title or role').fill(source.title);
  await form.getByLabel('Affiliation').fill(source.affiliation);
  await form.getByRole('button', { name: 'Create and attribute' }).click();
  await form.waitFor({ state: 'hidden' });
}
