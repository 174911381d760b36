import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { newArticle, type Article, type DocNode } from '../../../../src/shared/article/model';
import { parseArticle, serializeArticle } from '../../../../src/shared/article/file-format';
import { articleSchema } from '../../../../src/shared/schema';
import { suggestTransaction } from '../../../../src/shared/review/suggest';
import { recordSuggestions, suggestField } from '../../../../src/shared/review/record';
import { reviewAnchors } from '../../../../src/shared/review/anchors';
import { importBytes } from '../../../../src/shared/import/import';
import { draftToArticle } from '../../../../src/shared/import/draft-to-article';
import { normaliseBody } from '../../../../src/shared/collab/body-schema';
import { blockquote, bold, bulletList, claim, doc, hardBreak, image, italic, link, mark, orderedList, p, pullQuote, quotation, section, title } from '../../helpers/doc-builder';

/** Articles for the collaboration tests: the real fixtures, imports, review data of every kind. */

const FIXTURES = join(__dirname, '../../../fixtures');
const schema = articleSchema();

/** An article as opening its file gives it, with the body as the editor would save it. */
export function normalised(a: Article): Article {
  const parsed = parseArticle(serializeArticle({ ...a, body: normaliseBody(a.body) }));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.article;
}

export function fixtureArticle(): Article {
  return normalised((parseArticle(readFileSync(join(FIXTURES, 'export/rich.article.json'), 'utf8')) as { article: Article }).article);
}

/** Every hand-labelled import fixture, imported as a new article would be. */
export function importedArticles(): [string, Article][] {
  const dir = join(FIXTURES, 'import');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .map((f): [string, Article] => {
      const result = importBytes(readFileSync(join(dir, f)), f);
      if (!result.ok) throw new Error(`${f}: ${result.error.message}`);
      return [f, normalised(draftToArticle(result.draft, { id: f, now: '2026-03-01T09:00:00.000Z' }))];
    });
}

export const BODY = doc(
  p('The council ', bold('voted'), ' on ', italic('Tuesday'), '. See ', link('https://example.org', 'the minutes'), '.'),
  p('Fares will rise ', claim('12 percent', 'c1'), ' in May.', hardBreak(), 'From June.'),
  section(
    { id: 's1' },
    title('How the vote went'),
    p('Ruiz said ', quotation('“We had no choice,”', 'src-1', 'q1'), ' after the vote.'),
    pullQuote('We had no choice', 'src-1', 'pq1'),
    bulletList('Ferries', 'Buses'),
    orderedList('First', 'Second'),
    blockquote('A quoted block.'),
    image({ src: 'data:image/png;base64,AAAA', alt: 'The ferry' }),
    p('The last paragraph.'),
  ),
);

export function baseArticle(body: DocNode = BODY): Article {
  const a = newArticle({ id: 'ferry-vote', now: '2026-03-01T09:00:00.000Z', headline: 'Council backs ferry fares', byline: 'By Ana Ruiz' });
  return normalised({
    ...a,
    dek: 'A narrow vote.',
    slug: 'ferry-vote',
    desk: 'metro',
    assignee: 'Ana Ruiz',
    wordTarget: 800,
    body,
    sources: [
      { id: 'src-1', name: 'Morag Bell', title: 'chair', affiliation: 'Ferry board', kind: 'person', standing: 'on-record', anonymousDescription: '', anonymityReason: '', contact: '0131 000', notes: 'private', verified: true },
      { id: 'src-2', name: 'A senior official', title: '', affiliation: '', kind: 'person', standing: 'anonymous', anonymousDescription: 'a senior official', anonymityReason: 'fears reprisal', contact: '', notes: '', verified: false },
    ],
    claims: [{ id: 'c1', status: 'verified', evidence: 'Budget p. 4', link: 'https://example.org/budget' }],
  });
}

/** The position just before the n-th `needle` in the text. */
export function at(d: PMNode, needle: string, nth = 0): number {
  const found: number[] = [];
  d.descendants((node, pos) => {
    if (node.isText) for (let i = node.text!.indexOf(needle); i >= 0; i = node.text!.indexOf(needle, i + 1)) found.push(pos + i);
    return true;
  });
  if (found[nth] === undefined) throw new Error(`"${needle}" not in the document`);
  return found[nth];
}

/** The position before the block at `path` (indexes from the top). */
function blockAt(d: PMNode, ...path: number[]): number {
  let pos = 0;
  let node = d;
  path.forEach((index, depth) => {
    if (depth > 0) pos += 1;
    for (let i = 0; i < index; i++) pos += node.child(i).nodeSize;
    node = node.child(index);
  });
  return pos;
}

const AUTHOR = { name: 'Tom Lee', now: () => new Date('2026-03-01T10:00:00Z') };

/** An edit a reviewer makes in suggestion mode, one of each kind the review panel names. */
export const SUGGESTED_EDITS: [string, (s: EditorState) => Transaction][] = [
  ['an insertion', (s) => s.tr.insertText('narrowly ', at(s.doc, 'voted'))],
  ['a deletion', (s) => s.tr.delete(at(s.doc, 'will '), at(s.doc, 'rise'))],
  ['a replacement', (s) => s.tr.insertText('in June', at(s.doc, 'in May'), at(s.doc, 'in May') + 6)],
  ['a format change', (s) => s.tr.addMark(at(s.doc, 'Fares'), at(s.doc, 'Fares') + 5, schema.marks.bold.create())],
  ['a quotation’s source changed', (s) => {
    const from = at(s.doc, '“We had');
    const to = at(s.doc, ' after the vote');
    return s.tr.removeMark(from, to, schema.marks.quotation).addMark(from, to, schema.marks.quotation.create({ id: 'q1', sourceId: 'src-2' }));
  }],
  ['a pull quote’s source changed (a node modification)', (s) => s.tr.setNodeAttribute(blockAt(s.doc, 2, 2), 'sourceId', 'src-2')],
  ['a section inserted (a block insertion on a section)', (s) => s.tr.insert(s.doc.content.size, schema.nodes.section.create({ id: 's-new' }, [schema.nodes.sectionTitle.create(null, schema.text('What next')), schema.nodes.paragraph.create(null, schema.text('A new part.'))]))],
  ['a section deleted (a block deletion on a section)', (s) => s.tr.delete(blockAt(s.doc, 2), s.doc.content.size)],
  ['a pull quote inserted', (s) => s.tr.insert(blockAt(s.doc, 2, 2), schema.nodes.pullQuote.create({ id: 'pq2', sourceId: null }, schema.text('after the vote')))],
  ['a list item added', (s) => s.tr.insert(blockAt(s.doc, 2, 3, 1) + s.doc.resolve(blockAt(s.doc, 2, 3, 1)).nodeAfter!.nodeSize, schema.nodes.listItem.create(null, schema.nodes.paragraph.create(null, schema.text('Trains'))))],
  ['an image deleted', (s) => s.tr.delete(blockAt(s.doc, 2, 6), blockAt(s.doc, 2, 7))],
  ['a paragraph split', (s) => s.tr.split(at(s.doc, 'See'))],
];

/** The base article after `edit` was made in suggestion mode, with its metadata recorded. */
export function suggestedArticle(edit: (s: EditorState) => Transaction): Article {
  const base = baseArticle();
  const d = schema.nodeFromJSON(base.body);
  const state = EditorState.create({ doc: d, selection: TextSelection.atStart(d) });
  const next = state.apply(suggestTransaction(edit(state), state, AUTHOR));
  const body = next.doc.toJSON() as DocNode;
  const review = recordSuggestions(base.review, reviewAnchors(body), AUTHOR.name, AUTHOR.now().toISOString());
  return normalised({ ...base, body, review });
}

/** Two overlapping comments (one resolved, one with replies) and a proposed headline. */
export function reviewedArticle(): Article {
  const commented = doc(
    p('The council ', ...mark('comment', { id: 'cm1' }, 'voted ', ...mark('comment', { id: 'cm2' }, 'on')), ...mark('comment', { id: 'cm2' }, ' Tuesday'), '.'),
    section({ id: 's1' }, title(...mark('comment', { id: 'cm3' }, 'How it went')), pullQuote('We had no choice', 'src-1', 'pq1')),
  );
  const a = baseArticle(commented);
  const thread = (id: string, quote: string) => ({ id, author: 'Ana Ruiz', at: '2026-03-01T10:00:00.000Z', body: `Check ${quote}`, editedAt: null, replies: {}, resolvedBy: null, resolvedAt: null, quote });
  a.review.threads = {
    cm1: { ...thread('cm1', 'voted on'), replies: { r1: { id: 'r1', author: 'Tom Lee', at: '2026-03-01T10:05:00.000Z', body: 'Checked.', editedAt: null }, r2: { id: 'r2', author: 'Ana Ruiz', at: '2026-03-01T10:06:00.000Z', body: 'Thanks.', editedAt: '2026-03-01T10:07:00.000Z' } } },
    cm2: { ...thread('cm2', 'on Tuesday'), resolvedBy: 'Tom Lee', resolvedAt: '2026-03-01T11:00:00.000Z' },
    cm3: thread('cm3', 'How it went'),
  };
  a.review = suggestField(a, 'headline', 'Council narrowly backs ferry fares', 'Tom Lee', '2026-03-01T10:10:00.000Z', 'sg-field-1');
  a.review.waivers = { c1: { by: 'Ana Ruiz', at: '2026-03-01T12:00:00.000Z', reason: 'Figure from the council' } };
  a.statusLog = [
    { id: 'h1', by: 'Ana Ruiz', at: '2026-03-01T09:30:00.000Z', from: 'draft', to: 'ready-for-edit', note: 'Over to you', overrides: [] },
    { id: 'h2', by: 'Tom Lee', at: '2026-03-01T09:40:00.000Z', from: 'ready-for-edit', to: 'in-edit', note: '', overrides: [] },
  ];
  a.status = 'in-edit';
  return normalised(a);
}
