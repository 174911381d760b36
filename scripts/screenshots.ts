import type { Page } from 'playwright-core';
import { screenshotScript, shoot } from './screenshot-support';
import { attributeToNewSource as attribute, selectInBody } from '../tests/support/body-selection';

/**
 * Regenerates the README's screenshots from the built app in browser mode:
 * `npm run build && npm run screenshots`. Writes docs/screenshots/*.png, each view in the light and the dark theme.
 */

/** Opens a new article and waits until its (empty) editor is the one on screen. */
async function newArticle(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByText('untitled.article.json').waitFor();
}

/** An editor under their own name comments and suggests on the open article: the Review panel and suggestion mode. */
async function reviewScreenshots(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Your name').fill('Sam Okafor');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'hidden' });
  await selectInBody(page, 'the operator’s budget');
  await page.getByRole('button', { name: 'Comment…' }).click();
  await page.getByRole('textbox', { name: 'Comment' }).fill('Whose budget: the operator’s own, or the one the council asked for?');
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  await page.getByRole('listitem', { name: 'Comment by Sam Okafor' }).getByRole('textbox', { name: 'Reply' }).fill('The operator’s, as amended in May.');
  await page.getByRole('listitem', { name: 'Comment by Sam Okafor' }).getByRole('button', { name: 'Reply' }).click();
  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  await selectInBody(page, 'Tuesday night');
  await page.keyboard.type('Tuesday evening');
  await selectInBody(page, ', who voted against');
  await page.keyboard.press('Backspace');
  await selectInBody(page, 'for work.');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' Season tickets are exempt.');
  await page.getByRole('listitem', { name: 'Insertion by Sam Okafor' }).waitFor();
  await page.mouse.move(700, 20);
  await page.getByText('Suggesting: your edits are recorded').waitFor({ state: 'hidden' });
  await page.locator('.editor-column').evaluate((el) => el.scrollTo(0, 0));
  await shoot(page, 'suggestions');
  await shoot(page, 'review', page.getByRole('complementary', { name: 'Panels' }));
  await page.getByRole('button', { name: 'Suggest changes' }).last().click();
  await page.getByText('Editing: your edits change the text directly.').waitFor({ state: 'hidden' });
}

/** Find and replace, the publishing checklist and a comparison with an earlier version, on the open article. */
async function otherViews(page: Page): Promise<void> {
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.getByText('The operator must publish').click();
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: 'Find and replace' });
  await bar.getByRole('textbox', { name: 'Find', exact: true }).fill('vote');
  await bar.getByRole('textbox', { name: 'Replace with' }).fill('ballot');
  await bar.getByLabel('Matches').filter({ hasText: / of \d+/ }).waitFor();
  await shoot(page, 'find');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('combobox', { name: 'Command' }).fill('Check before publishing');
  await page.keyboard.press('Enter');
  const check = page.getByRole('dialog', { name: 'Check before publishing' });
  await check.getByRole('list', { name: 'Publishing checklist' }).waitFor();
  await shoot(page, 'gate', check);
  await page.keyboard.press('Escape');
  await check.waitFor({ state: 'hidden' });

  // A later edit, saved, so there are two versions to compare.
  await selectInBody(page, 'every route again next year');
  await page.keyboard.type('every route again before the summer timetable');
  await page.keyboard.press('Control+s');
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await page.keyboard.press('Control+Shift+H');
  const history = page.getByRole('dialog', { name: 'Version history' });
  const rows = history.getByRole('table', { name: 'Versions' }).getByRole('row').filter({ hasText: 'Saved' });
  await rows.nth(1).getByRole('button', { name: 'Compare with now' }).click();
  const compare = page.getByRole('dialog', { name: 'Compare versions' });
  await compare.getByRole('insertion').first().scrollIntoViewIfNeeded();
  await shoot(page, 'compare', compare);
  await compare.getByRole('button', { name: 'Back to the list' }).click();
  await history.getByRole('button', { name: 'Close' }).click();
  await history.waitFor({ state: 'hidden' });
}

screenshotScript({ width: 1280, height: 860 }, async (page) => {
  for (const [headline, text] of [
    ['Harbour dredging to start after two-year delay', 'Work on the harbour channel will begin in April.'],
    ['School meals contract goes to local firm', 'The contract is worth £2.4m over three years.'],
  ]) {
    await newArticle(page);
    await page.getByRole('textbox', { name: 'Headline' }).fill(headline);
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type(text);
    await page.keyboard.press('Control+s');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  }
  await newArticle(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Ferry fares to rise 12% as council backs budget');
  await page.getByRole('textbox', { name: 'Dek' }).fill('A narrow vote ends months of argument over who pays for the island service.');
  await page.getByPlaceholder('By …').fill('By Ana Ruiz');
  await page.getByPlaceholder('CITY').fill('PORT ELLEN');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Fares on the island ferry will rise by 12% in March after the council voted 7–6 on Tuesday night to back the operator’s budget.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('“We had no good options, only less bad ones,” said Morag Bell, who chairs the transport committee.');
  await page.getByRole('button', { name: 'Add section' }).click();
  await page.keyboard.type('How the vote went');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Six members argued that the rise would fall hardest on islanders who commute to the mainland for work.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('“This is a tax on living here,” said Iain Ross, the councillor for the harbour ward, who voted against.');
  await page.getByRole('button', { name: 'Add section' }).click();
  await page.keyboard.type('What happens next');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The operator must publish its accounts by June. “We will look at every route again next year,” an official said.');
  await attribute(page, 'We had no good options, only less bad ones', { name: 'Morag Bell', title: 'chair', affiliation: 'Transport Committee' });
  await attribute(page, 'This is a tax on living here', { name: 'Iain Ross', title: 'councillor', affiliation: 'Harbour ward' });
  await selectInBody(page, 'We had no good options, only less bad ones');
  await page.getByRole('button', { name: 'Make pull quote' }).click();
  await selectInBody(page, 'rise by 12% in March');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('textbox', { name: 'Article body' }).getByText('This is a tax on living here').click();
  await page.mouse.move(700, 20); // no source card over the text
  await page.keyboard.press('Control+s');
  await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await page.waitForTimeout(500); // the word count and the panels settle after a pause
  // Wider, so the outline, the body and the sources panel all fit; the library keeps its size.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.locator('.editor-column').evaluate((el) => el.scrollTo(0, 0));
  await shoot(page, 'editor');
  await otherViews(page);
  // The command palette: matching commands with their keys; with nothing selected, "Make pull quote" says why it does not apply.
  await page.getByRole('textbox', { name: 'Article body' }).getByText('The operator must publish').click();
  await page.keyboard.press('Control+Shift+P');
  await page.getByRole('combobox', { name: 'Command' }).fill('pull');
  await page.waitForTimeout(200);
  await shoot(page, 'palette');
  await page.keyboard.press('Escape');
  await page.getByRole('menubar', { name: 'Menu' }).getByRole('menuitem', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: /Keyboard shortcuts/ }).click();
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await shoot(page, 'shortcuts');
  await page.keyboard.press('Escape');
  await page.getByRole('menubar', { name: 'Menu' }).getByRole('menuitem', { name: 'Article' }).click();
  await page.getByRole('menu', { name: 'Article' }).waitFor();
  await shoot(page, 'menu', { clip: { x: 0, y: 0, width: 1440, height: 520 } });
  await page.keyboard.press('Escape');
  await reviewScreenshots(page);
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('table').waitFor();
  await shoot(page, 'library');
  // Search results with their matched words highlighted, in the headline and the snippet.
  await page.keyboard.press('/');
  await page.keyboard.type('harbour');
  await page.getByText('2 articles match').waitFor();
  await page.getByRole('row', { name: /Ferry fares/ }).locator('mark').first().waitFor();
  await shoot(page, 'search');
  process.stdout.write('Screenshots written to docs/screenshots\n');
});
