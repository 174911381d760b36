import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { addSection, addSectionWith } from '../support/add-section';
import { caretSettled } from '../support/caret';
import { attributeToNewSource as attributeToNew, selectInBody } from '../support/body-selection';

interface DocJson {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: DocJson[];
}

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function select(page: Page, text: string): Promise<void> {
  await selectInBody(page, text);
}

async function writeStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Headline' }).fill('Council backs ferry budget');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('“We had no good options, only less bad ones,” said Morag Bell.');
  await addSection(page);
  await page.keyboard.type('The vote');
  await page.keyboard.press('Enter');
  await page.keyboard.type('“It will hurt islanders who work on the mainland,” said Ian Ross.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('“The operator must publish its accounts,” Bell added.');
  await addSectionWith(page, 'What next', 'New fares start in March.');
}

function outlineTitles(page: Page) {
  return page.getByRole('navigation', { name: 'Sections' }).getByRole('listitem');
}

test('sources, quotations, a pull quote that breaks, sections reordered: all there after a reload and in the file', async ({ app: page, host }) => {
  await writeStory(page);
  const outline = page.getByRole('navigation', { name: 'Sections' });
  await expect(outlineTitles(page)).toHaveCount(3);
  await expect(outlineTitles(page).nth(0)).toContainText('Intro');
  await expect(outlineTitles(page).nth(1)).toContainText('The vote');
  await expect(outlineTitles(page).nth(2)).toContainText('What next');

  // Two sources created from the picker, three quotations attributed.
  await attributeToNew(page, 'We had no good options, only less bad ones', { name: 'Morag Bell', title: 'chair', affiliation: 'Transport Committee' });
  await attributeToNew(page, 'It will hurt islanders who work on the mainland', { name: 'Ian Ross', title: 'councillor', affiliation: 'Harbour ward' });
  await select(page, 'The operator must publish its accounts');
  await page.getByRole('button', { name: 'Attribute to…' }).click();
  const picker = page.getByRole('dialog', { name: 'Attribute to…' });
  await picker.getByLabel('Search sources').fill('bell');
  await picker.getByRole('list', { name: 'Sources in this article' }).getByRole('button', { name: /Morag Bell/ }).click();
  await expect(picker).toBeHidden();

  const panel = page.getByRole('tabpanel', { name: 'Sources' });
  const bell = panel.getByRole('listitem', { name: 'Morag Bell' });
  const ross = panel.getByRole('listitem', { name: 'Ian Ross' });
  await expect(bell).toContainText('2 quotations');
  await expect(bell).toContainText('15 words');
  await expect(ross).toContainText('1 quotation');
  await expect(ross).toContainText('9 words');
  await expect(bell.getByLabel('Share of quoted words')).toHaveText('63%');
  await expect(panel.getByLabel('Standing totals')).toContainText('2 on the record');

  // Hovering a quotation shows its source's card; clicking it highlights the source in the panel.
  await page.getByRole('textbox', { name: 'Article body' }).getByText('It will hurt islanders').hover();
  await expect(page.getByRole('tooltip')).toContainText('Ian Ross');
  await expect(page.getByRole('tooltip')).toContainText('councillor, Harbour ward');
  await page.getByRole('textbox', { name: 'Article body' }).getByText('It will hurt islanders').click();
  await expect(ross).toHaveAttribute('aria-current', 'true');

  // A pull quote from a selection takes the quotation's source and shows no warning while it is verbatim.
  await select(page, 'no good options, only less bad ones');
  await page.getByRole('button', { name: 'Make pull quote' }).click();
  const pull = page.getByRole('figure', { name: 'Pull quote' });
  await expect(pull).toContainText('no good options, only less bad ones');
  await expect(pull).toContainText('— Morag Bell, chair, Transport Committee');
  await expect(pull.getByRole('note')).toBeHidden();

  // Editing the body breaks it: the pull quote and the panel both say so.
  await select(page, 'good');
  await page.keyboard.type('easy');
  await expect(pull.getByRole('note')).toContainText('does not match the body word for word');
  await expect(panel.getByRole('list', { name: 'Attribution warnings' })).toContainText('does not match the body word for word');

  // Reorder sections from the outline.
  await outline.getByRole('button', { name: 'Move “What next” up' }).click();
  await expect(outlineTitles(page).nth(1)).toContainText('What next');
  await expect(outlineTitles(page).nth(2)).toContainText('The vote');
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: /The vote|What next/ })).toHaveText(['What next', 'The vote']);

  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status')).toHaveText('Saved');

  // The file holds the sources, the three quotations, the pull quote and the new order.
  const saved = JSON.parse(readFileSync(join(host.libraryDir, 'council-backs-ferry-budget.article.json'), 'utf8'));
  const names = Object.fromEntries(saved.sources.map((s: { id: string; name: string }) => [s.name, s.id]));
  expect(Object.keys(names).sort()).toEqual(['Ian Ross', 'Morag Bell']);
  const quotations = new Map<string, string>();
  const walk = (n: DocJson) => {
    for (const m of n.marks ?? []) if (m.type === 'quotation') quotations.set(String(m.attrs?.id), String(m.attrs?.sourceId));
    n.content?.forEach(walk);
  };
  walk(saved.body);
  expect([...quotations.values()].sort()).toEqual([names['Morag Bell'], names['Morag Bell'], names['Ian Ross']].sort());
  const top = saved.body.content as DocJson[];
  const pullNode = top.find((n) => n.type === 'pullQuote');
  expect(pullNode?.attrs?.sourceId).toBe(names['Morag Bell']);
  expect(top.filter((n) => n.type === 'section').map((s) => s.content?.[0].content?.[0].text)).toEqual(['What next', 'The vote']);
  // The library's source book kept both, for the next article.
  const book = JSON.parse(readFileSync(join(host.libraryDir, '.copydesk', 'source-book.json'), 'utf8'));
  expect(book.sources.map((s: { name: string }) => s.name).sort()).toEqual(['Ian Ross', 'Morag Bell']);

  await page.reload();
  await page.getByRole('link', { name: 'Council backs ferry budget' }).click();
  await expect(outlineTitles(page)).toHaveCount(3);
  await expect(outlineTitles(page).nth(1)).toContainText('What next');
  await expect(outlineTitles(page).nth(2)).toContainText('The vote');
  await expect(panel.getByRole('listitem', { name: 'Morag Bell' })).toContainText('2 quotations');
  await expect(panel.getByRole('listitem', { name: 'Ian Ross' })).toContainText('1 quotation');
  await expect(pull).toContainText('— Morag Bell, chair, Transport Committee');
  await expect(pull.getByRole('note')).toContainText('does not match the body word for word');
});

test('split, merge, fold and drag sections; undo puts each back in one step', async ({ app: page }) => {
  await writeStory(page);
  const body = page.getByRole('textbox', { name: 'Article body' });
  const headings = body.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(['The vote', 'What next']);

  // Split "The vote" at its second paragraph: a new untitled section takes the rest.
  await select(page, 'The operator');
  await page.getByRole('button', { name: 'Section ▾' }).click();
  await page.getByRole('menuitem', { name: /Split section at cursor/ }).click();
  // The outline lists the new section once the app has taken the split in; then the title is typed.
  await expect(outlineTitles(page)).toHaveCount(4);
  await caretSettled(page);
  await page.keyboard.type('Accounts');
  await expect(headings).toHaveText(['The vote', 'Accounts', 'What next']);

  // Merge it back by shortcut: its title becomes a paragraph of "The vote".
  await select(page, 'The operator');
  await page.keyboard.press(`${mod}+Alt+Backspace`);
  await expect(headings).toHaveText(['The vote', 'What next']);
  await expect(body.getByRole('paragraph').filter({ hasText: /^Accounts$/ })).toHaveCount(1);
  await page.keyboard.press(`${mod}+z`);
  await expect(headings).toHaveText(['The vote', 'Accounts', 'What next']);

  // Move by shortcut, then drag in the outline.
  await select(page, 'New fares');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(headings).toHaveText(['The vote', 'What next', 'Accounts']);
  // Drag what the outline shows once it has caught up with the move (it refreshes just after the body).
  await expect(outlineTitles(page).nth(3)).toContainText('Accounts');
  await outlineTitles(page).nth(3).dragTo(outlineTitles(page).nth(1));
  await expect(headings).toHaveText(['Accounts', 'The vote', 'What next']);
  await expect(outlineTitles(page).nth(1)).toContainText('Accounts');
  await page.keyboard.press(`${mod}+z`);
  await expect(headings).toHaveText(['The vote', 'What next', 'Accounts']);

  // Fold a section away and back.
  const paragraph = body.getByText('It will hurt islanders');
  await page.getByRole('button', { name: 'Collapse section “The vote”' }).click();
  await expect(paragraph).toBeHidden();
  await page.getByRole('button', { name: 'Expand section “The vote”' }).click();
  await expect(paragraph).toBeVisible();

  // Clicking an outline entry selects that section's title.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^What next/ }).click();
  await expect.poll(() => page.evaluate('window.getSelection().toString()')).toBe('What next');
});

test('claims: mark, check and count; sources: edit one and see the panel follow', async ({ app: page, host }) => {
  await writeStory(page);
  await select(page, 'New fares start in March');
  await page.getByRole('button', { name: 'Mark as claim' }).click();
  await expect(page.getByLabel('Unverified claims')).toHaveText('1 unverified claim');
  const claims = page.getByRole('tabpanel', { name: 'Claims' });
  const claim = claims.getByRole('listitem', { name: 'Claim: New fares start in March' });
  await claim.getByLabel('Evidence').fill('Operator timetable, p. 4');
  await claim.getByLabel('Link').fill('https://example.org/timetable');
  await claim.getByLabel('Status').selectOption('verified');
  await expect(page.getByLabel('Unverified claims')).toHaveText('0 unverified claims');

  await attributeToNew(page, 'It will hurt islanders who work on the mainland', { name: 'Ian Ross', title: 'councillor', affiliation: 'Harbour ward' });
  await page.getByRole('tab', { name: /Sources/ }).click();
  const panel = page.getByRole('tabpanel', { name: 'Sources' });
  await panel.getByRole('button', { name: 'Edit source Ian Ross' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit source' });
  await dialog.getByLabel('Standing').selectOption('anonymous');
  await dialog.getByLabel('Description used in the text').fill('a councillor who asked not to be named');
  await dialog.getByRole('button', { name: 'Save source' }).click();
  await expect(panel.getByLabel('Standing totals')).toContainText('1 anonymous');
  await expect(panel.getByRole('list', { name: 'Attribution warnings' })).toContainText('no reason given for granting anonymity');

  await page.keyboard.press(`${mod}+s`);
  await expect(page.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(readFileSync(join(host.libraryDir, 'council-backs-ferry-budget.article.json'), 'utf8'));
  expect(saved.claims).toEqual([{ id: expect.any(String), status: 'verified', evidence: 'Operator timetable, p. 4', link: 'https://example.org/timetable' }]);
  expect(saved.sources[0]).toMatchObject({ name: 'Ian Ross', standing: 'anonymous', anonymousDescription: 'a councillor who asked not to be named' });
  const book = JSON.parse(readFileSync(join(host.libraryDir, '.copydesk', 'source-book.json'), 'utf8'));
  expect(book.sources[0].standing).toBe('anonymous');

  // A second article finds Ian Ross in the source book.
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('“We will appeal,” a councillor said.');
  await select(page, 'We will appeal');
  await page.getByRole('button', { name: 'Attribute to…' }).click();
  const picker = page.getByRole('dialog', { name: 'Attribute to…' });
  await picker.getByLabel('Search sources').fill('ross');
  await picker.getByRole('list', { name: 'Sources in the source book' }).getByRole('button', { name: /Ian Ross/ }).click();
  await expect(panel.getByRole('listitem', { name: 'Ian Ross' })).toContainText('1 quotation');
});

test('a 20,000-word article with 40 sections stays quick to type in, and its outline and panel keep up', async ({ app: page, host }) => {
  // Written straight into the library, as a long feature would arrive from another machine.
  const para = (i: number) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `Paragraph ${i} sets out what the council heard about the ferry, the fares and the timetable, and `},
      { type: 'text', text: 'every island needs a boat it can rely on', marks: [{ type: 'quotation', attrs: { id: `q${i}`, sourceId: i % 2 ? 'bell' : 'ross' } }] },
      { type: 'text', text: ', as one of them put it at the meeting, which ran late into the evening.' },
    ],
  });
  let n = 0;
  const sections = Array.from({ length: 40 }, (_, s) => ({
    type: 'section',
    attrs: { id: `s${s}` },
    content: [{ type: 'sectionTitle', content: [{ type: 'text', text: `Part ${s + 1}` }] }, ...Array.from({ length: 16 }, () => para(n++))],
  }));
  const article = {
    schemaVersion: 1,
    id: 'long-read',
    headline: 'The long read',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lede.' }] }, ...sections] },
    sources: [
      { id: 'bell', name: 'Morag Bell' },
      { id: 'ross', name: 'Iain Ross' },
    ],
    claims: [],
  };
  writeFileSync(join(host.libraryDir, 'the-long-read.article.json'), JSON.stringify(article));
  await page.reload();
  await page.getByRole('link', { name: 'The long read' }).click();
  await expect(outlineTitles(page)).toHaveCount(41);
  const bell = page.getByRole('tabpanel', { name: 'Sources' }).getByRole('listitem', { name: 'Morag Bell' });
  await expect(bell).toContainText('320 quotations');
  await expect(page.getByLabel('Word count')).toHaveText(/^2\d,\d{3} words$/);

  await page.getByRole('textbox', { name: 'Article body' }).getByText('Lede.').click();
  await page.keyboard.press('End');
  const typed = ' The ferry runs twice a day all year round.';
  const start = Date.now();
  await page.keyboard.type(typed);
  const perKey = (Date.now() - start) / typed.length;
  // Generous for a shared two-core machine; a React node view or analysis per keystroke costs far more.
  test.info().annotations.push({ type: 'ms per keystroke', description: perKey.toFixed(1) });
  expect(perKey).toBeLessThan(60);
  await expect(outlineTitles(page).nth(0)).toContainText('Intro');
  await expect(outlineTitles(page).nth(0)).toContainText('10 words');
});
