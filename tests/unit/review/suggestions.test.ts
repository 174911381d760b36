import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { Transform } from '@tiptap/pm/transform';
import type { Node as PMNode } from '@tiptap/pm/model';
import { applySuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import { articleSchema } from '../../../src/shared/schema';
import { suggestTransaction, type SuggestionAuthor } from '../../../src/shared/review/suggest';
import { decideInDocument, pickSuggestions, recordDecision } from '../../../src/shared/review/decide';
import { recordSuggestions } from '../../../src/shared/review/record';
import { reviewAnchors } from '../../../src/shared/review/anchors';
import { emptyReview } from '../../../src/shared/article/review-model';
import type { DocNode } from '../../../src/shared/article/model';
import { blockquote, bold, bulletList, claim, doc, image, italic, link, p, pullQuote, quotation, section, title } from '../helpers/doc-builder';

/**
 * Suggestion mode headless, on the real article schema: every kind of edit a reporter makes is
 * rewritten as a suggestion, and then accepting it must give exactly what the edit would have given,
 * and rejecting it exactly the text before. No DOM, no editor: EditorState and transactions only.
 */

const schema = articleSchema();
const TOM = { name: 'Tom Lee', now: () => new Date('2026-03-01T10:00:00Z') };
const ANA = { name: 'Ana Ruiz', now: () => new Date('2026-03-01T11:00:00Z') };
const AT_TOM = '2026-03-01T10:00:00.000Z';

function stateOf(body: DocNode): EditorState {
  const d = schema.nodeFromJSON(body);
  d.check();
  return EditorState.create({ doc: d, selection: TextSelection.atStart(d) });
}

/** The position just before `needle` (first match; `nth` for later ones). */
function at(d: PMNode, needle: string, nth = 0): number {
  const found: number[] = [];
  d.descendants((node, pos) => {
    if (node.isText) {
      for (let i = node.text!.indexOf(needle); i >= 0; i = node.text!.indexOf(needle, i + 1)) found.push(pos + i);
    }
    return true;
  });
  if (found[nth] === undefined) throw new Error(`"${needle}" not in the document`);
  return found[nth];
}
const after = (d: PMNode, needle: string) => at(d, needle) + needle.length;

/** Start and end of the n-th top-level node (or of `path` into the tree). */
function nodeRange(d: PMNode, ...path: number[]): { from: number; to: number } {
  let pos = 0;
  let node = d;
  for (const [depth, index] of path.entries()) {
    if (depth > 0) pos += 1;
    for (let i = 0; i < index; i++) pos += node.child(i).nodeSize;
    node = node.child(index);
  }
  return { from: pos, to: pos + node.nodeSize };
}

function decided(d: PMNode, decision: 'accept' | 'reject', chosen: (id: string) => boolean = () => true): PMNode {
  const t = new Transform(d);
  decideInDocument(t, decision, chosen);
  t.doc.check();
  return t.doc;
}

function suggestOn(state: EditorState, edit: (s: EditorState) => Transaction, author: SuggestionAuthor = TOM) {
  const tr = edit(state);
  const suggested = state.apply(suggestTransaction(tr, state, author));
  suggested.doc.check();
  return { direct: state.apply(tr).doc, suggested };
}

const BODY = doc(
  p('The council ', bold('voted'), ' on ', italic('Tuesday'), '. See ', link('https://example.org', 'the minutes'), '.'),
  p('Fares will rise ', claim('12 percent', 'c1'), ' in May.'),
  section(
    title('How the vote went'),
    p('Ruiz said ', quotation('“We had no choice,”', 'src-1', 'q1'), ' after the vote.'),
    pullQuote('We had no choice', 'src-1', 'pq1'),
    bulletList('Ferries', 'Buses'),
    blockquote('A quoted block.'),
    image({ src: 'data:image/png;base64,AAAA', alt: 'The ferry' }),
    p('The last paragraph.'),
  ),
);

type Edit = [name: string, edit: (s: EditorState) => Transaction];
const EDITS: Edit[] = [
  ['typing into a paragraph', (s) => s.tr.insertText('narrowly ', at(s.doc, 'voted'))],
  ['deleting a word', (s) => s.tr.delete(at(s.doc, 'will '), after(s.doc, 'will '))],
  ['replacing words', (s) => s.tr.insertText('in June', at(s.doc, 'in May'), after(s.doc, 'in May'))],
  ['bold on', (s) => s.tr.addMark(at(s.doc, 'Fares'), after(s.doc, 'Fares'), schema.marks.bold.create())],
  ['bold off', (s) => s.tr.removeMark(at(s.doc, 'voted'), after(s.doc, 'voted'), schema.marks.bold)],
  ['italic on part of a bold word', (s) => s.tr.addMark(at(s.doc, 'vot'), after(s.doc, 'vot'), schema.marks.italic.create())],
  ['a link added', (s) => s.tr.addMark(at(s.doc, 'council'), after(s.doc, 'council'), schema.marks.link.create({ href: 'https://example.org/council' }))],
  ['a link changed', (s) => s.tr.addMark(at(s.doc, 'the minutes'), after(s.doc, 'the minutes'), schema.marks.link.create({ href: 'https://example.org/v2' }))],
  ['a claim marked', (s) => s.tr.addMark(at(s.doc, 'in May'), after(s.doc, 'in May'), schema.marks.claim.create({ claimId: 'c2' }))],
  ['a claim unmarked', (s) => s.tr.removeMark(at(s.doc, '12 percent'), after(s.doc, '12 percent'), schema.marks.claim)],
  [
    'a quotation’s source changed',
    (s) => {
      const from = at(s.doc, '“We had');
      const to = after(s.doc, 'choice,”');
      return s.tr.removeMark(from, to, schema.marks.quotation).addMark(from, to, schema.marks.quotation.create({ id: 'q1', sourceId: 'src-2' }));
    },
  ],
  ['a quotation’s source removed', (s) => s.tr.removeMark(at(s.doc, '“We had'), after(s.doc, 'choice,”'), schema.marks.quotation)],
  ['splitting a paragraph', (s) => s.tr.split(at(s.doc, 'See'))],
  ['joining two paragraphs', (s) => s.tr.delete(after(s.doc, 'the minutes') + 1, at(s.doc, 'Fares'))],
  ['deleting across two paragraphs', (s) => s.tr.delete(at(s.doc, 'Tuesday'), at(s.doc, 'rise'))],
  ['deleting across three paragraphs, the middle one whole', (s) => s.tr.delete(at(s.doc, 'the minutes'), at(s.doc, 'after the vote'))],
  ['deleting from a word to the end of the document', (s) => s.tr.delete(at(s.doc, 'last paragraph'), s.doc.content.size - 3)],
  ['deleting everything', (s) => s.tr.delete(0, s.doc.content.size)],
  ['deleting the block at the end of the document', (s) => s.tr.delete(nodeRange(s.doc, 2, 6).from, nodeRange(s.doc, 2, 6).to)],
  ['deleting the text of the last paragraph', (s) => s.tr.delete(at(s.doc, 'The last'), after(s.doc, 'paragraph.'))],
  ['editing a section title', (s) => s.tr.insertText('Inside the', at(s.doc, 'How the vote'), after(s.doc, 'How the'))],
  [
    'inserting a section',
    (s) => s.tr.insert(s.doc.content.size, schema.nodes.section.create({ id: 's-new' }, [schema.nodes.sectionTitle.create(null, schema.text('What next')), schema.nodes.paragraph.create(null, schema.text('A new part.'))])),
  ],
  ['deleting a whole section', (s) => s.tr.delete(nodeRange(s.doc, 2).from, nodeRange(s.doc, 2).to)],
  ['moving a paragraph', (s) => { const r = nodeRange(s.doc, 1); const node = s.doc.nodeAt(r.from)!; return s.tr.delete(r.from, r.to).insert(0, node); }],
  ['inserting a pull quote', (s) => s.tr.insert(nodeRange(s.doc, 1).to, schema.nodes.pullQuote.create({ id: 'pq2', sourceId: null }, schema.text('Fares will rise')))],
  ['editing a pull quote', (s) => s.tr.insertText('simply ', at(s.doc, 'no choice', 1))],
  ['a pull quote’s source changed', (s) => s.tr.setNodeAttribute(nodeRange(s.doc, 2, 2).from, 'sourceId', 'src-2')],
  ['adding a list item', (s) => s.tr.insert(nodeRange(s.doc, 2, 3, 1).to, schema.nodes.listItem.create(null, schema.nodes.paragraph.create(null, schema.text('Trains'))))],
  ['deleting words in a list item', (s) => s.tr.delete(at(s.doc, 'Bus'), after(s.doc, 'Bus'))],
  ['typing in a block quote', (s) => s.tr.insertText('long ', at(s.doc, 'quoted block'))],
  ['inserting an image', (s) => s.tr.insert(0, schema.nodes.image.create({ src: 'data:image/png;base64,BBBB', alt: 'A map' }))],
  ['deleting an image', (s) => s.tr.delete(nodeRange(s.doc, 2, 5).from, nodeRange(s.doc, 2, 5).to)],
  ['changing an image’s caption', (s) => s.tr.setNodeAttribute(nodeRange(s.doc, 2, 5).from, 'caption', 'The night ferry')],
];

describe('every kind of edit, suggested, then accepted or rejected', () => {
  for (const [name, edit] of EDITS) {
    it(name, () => {
      const state = stateOf(BODY);
      const { direct, suggested } = suggestOn(state, edit);
      expect(suggested.doc.eq(state.doc), 'the suggestion changes the document').toBe(false);
      expect(reviewAnchors(suggested.doc.toJSON()).suggestions.size, 'it leaves at least one suggestion').toBeGreaterThan(0);
      // An edit that leaves no block at all leaves the one empty paragraph the editor always keeps.
      const expected = direct.childCount ? direct : schema.node('doc', null, [schema.nodes.paragraph.create()]);
      expect(decided(suggested.doc, 'accept').toJSON(), 'accepting gives the edit').toEqual(expected.toJSON());
      expect(decided(suggested.doc, 'reject').toJSON(), 'rejecting gives the text before').toEqual(state.doc.toJSON());
    });
  }

  it('formatting a word and then taking the formatting off again leaves no suggestion', () => {
    const state = stateOf(BODY);
    const once = suggestOn(state, (s) => s.tr.addMark(at(s.doc, 'Fares'), after(s.doc, 'Fares'), schema.marks.bold.create())).suggested;
    const twice = suggestOn(once, (s) => s.tr.removeMark(at(s.doc, 'Fares'), after(s.doc, 'Fares'), schema.marks.bold)).suggested;
    expect(twice.doc.toJSON()).toEqual(state.doc.toJSON());
  });

  it('a comment added in suggestion mode is a comment, not a suggestion', () => {
    const state = stateOf(BODY);
    const tr = state.tr.addMark(at(state.doc, 'Fares'), after(state.doc, 'rise'), schema.marks.comment.create({ id: 'c-1' }));
    const out = suggestTransaction(tr, state, TOM);
    expect(out).toBe(tr);
  });
});

/** Two reviewers' suggestions on one body, with the metadata the editor records after each. */
function twoReviewers() {
  let state = stateOf(BODY);
  let review = emptyReview();
  const step = (author: typeof TOM, edit: (s: EditorState) => Transaction) => {
    state = suggestOn(state, edit, author).suggested;
    review = recordSuggestions(review, reviewAnchors(state.doc.toJSON()), author.name, author.now().toISOString());
  };
  step(TOM, (s) => s.tr.insertText('narrowly ', at(s.doc, 'voted')));
  step(ANA, (s) => s.tr.delete(at(s.doc, 'will '), after(s.doc, 'will ')));
  step(TOM, (s) => s.tr.insertText('long ', at(s.doc, 'quoted block')));
  step(ANA, (s) => {
    const from = at(s.doc, '“We had');
    const to = after(s.doc, 'choice,”');
    return s.tr.removeMark(from, to, schema.marks.quotation).addMark(from, to, schema.marks.quotation.create({ id: 'q1', sourceId: 'src-2' }));
  });
  return { state, review };
}

const text = (d: PMNode) => d.textBetween(0, d.content.size, '\n');

describe('choosing which suggestions to decide', () => {
  it('records who made each one, when, and of what kind; a changed source records both sources', () => {
    const { review } = twoReviewers();
    const all = Object.values(review.suggestions);
    expect(all.map((s) => [s.author, s.kind])).toEqual([
      ['Tom Lee', 'insertion'],
      ['Ana Ruiz', 'deletion'],
      ['Tom Lee', 'insertion'],
      ['Ana Ruiz', 'source'],
    ]);
    expect(all[0].id).toMatch(/^sg-tomlee-/);
    expect(all[3].source).toEqual({ from: 'src-1', to: 'src-2' });
    expect(all.every((s) => s.status === 'pending')).toBe(true);
  });

  it('one suggestion', () => {
    const { state, review } = twoReviewers();
    const [first] = Object.keys(review.suggestions);
    const d = decided(state.doc, 'accept', (id) => id === first);
    expect(text(d)).toContain('narrowly voted');
    // The others are still pending, marks and all.
    expect(reviewAnchors(d.toJSON()).suggestions.size).toBe(3);
  });

  it('all by one author, leaving the other’s pending', () => {
    const { state, review } = twoReviewers();
    const ana = pickSuggestions(state.doc, review, { author: 'Ana Ruiz' });
    expect(ana.size).toBe(2);
    const d = decided(state.doc, 'reject', (id) => ana.has(id));
    expect(text(d)).toContain('Fares will rise');
    expect(d.toJSON()).toMatchObject({});
    const left = reviewAnchors(d.toJSON()).suggestions;
    expect([...left.keys()].every((id) => review.suggestions[id].author === 'Tom Lee')).toBe(true);
    // The quotation's source is back.
    let source: unknown = null;
    d.descendants((n) => {
      const q = n.marks.find((m) => m.type.name === 'quotation');
      if (q) source = q.attrs.sourceId;
      return true;
    });
    expect(source).toBe('src-1');
    const after = recordDecision(review, ana, 'reject', 'Ines Okafor', '2026-03-02T09:00:00Z');
    expect(Object.values(after.suggestions).filter((s) => s.status === 'rejected').map((s) => s.reviewer)).toEqual(['Ines Okafor', 'Ines Okafor']);
  });

  it('all in a selection', () => {
    const { state, review } = twoReviewers();
    const section = nodeRange(state.doc, 2);
    const inSection = pickSuggestions(state.doc, review, { range: section });
    expect([...inSection].map((id) => review.suggestions[id].kind).sort()).toEqual(['insertion', 'source']);
    const d = decided(state.doc, 'accept', (id) => inSection.has(id));
    expect(text(d)).toContain('A long quoted block.');
    // Outside the selection: still a pending insertion.
    const pending = reviewAnchors(d.toJSON()).suggestions;
    expect([...pending.values()].map((a) => [review.suggestions[a.id].kind, a.inserted, a.deleted])).toEqual([
      ['insertion', 'narrowly ', ''],
      ['deletion', '', 'will '],
    ]);
  });

  it('all of them, then nothing is left to decide', () => {
    const { state, review } = twoReviewers();
    const d = decided(state.doc, 'accept', (id) => pickSuggestions(state.doc, review).has(id));
    expect(reviewAnchors(d.toJSON()).suggestions.size).toBe(0);
    expect(text(d)).not.toContain('\u200B');
    expect(text(d)).toContain('Fares rise');
  });
});

describe('why accept and reject are our own', () => {
  it('the library’s applySuggestion(id) (0.1.8) also applies other people’s modifications; ours keeps them pending', () => {
    let state = stateOf(BODY);
    state = suggestOn(state, (s) => s.tr.setNodeAttribute(nodeRange(s.doc, 2, 2).from, 'sourceId', 'src-2'), TOM).suggested;
    state = suggestOn(state, (s) => s.tr.setNodeAttribute(nodeRange(s.doc, 2, 5).from, 'caption', 'The night ferry'), ANA).suggested;
    const [tom, ana] = [...reviewAnchors(state.doc.toJSON()).suggestions.keys()];
    let upstream = state;
    applySuggestion(tom)(state, (tr) => (upstream = state.apply(tr)));
    expect(reviewAnchors(upstream.doc.toJSON()).suggestions.has(ana)).toBe(false);
    const ours = decided(state.doc, 'accept', (id) => id === tom);
    expect([...reviewAnchors(ours.toJSON()).suggestions.keys()]).toEqual([ana]);
  });
});

describe('someone else’s pending suggestion', () => {
  it('cannot be edited by another reviewer, only typed beside', async () => {
    const { othersSuggestionTouched } = await import('../../../src/shared/review/ownership');
    const { state, review } = twoReviewers();
    // Tom's "narrowly " insertion: Ana typing inside it or deleting part of it is refused.
    const inside = state.tr.insertText('x', at(state.doc, 'rrowly'));
    expect(othersSuggestionTouched(inside, review, 'Ana Ruiz')?.author).toBe('Tom Lee');
    const cut = state.tr.delete(at(state.doc, 'narrow'), at(state.doc, 'narrow') + 3);
    expect(othersSuggestionTouched(cut, review, 'Ana Ruiz')?.author).toBe('Tom Lee');
    // Tom may change his own; Ana may type right before it, or anywhere else.
    expect(othersSuggestionTouched(inside, review, 'Tom Lee')).toBeNull();
    expect(othersSuggestionTouched(state.tr.insertText('x', at(state.doc, 'narrowly')), review, 'Ana Ruiz')).toBeNull();
    expect(othersSuggestionTouched(state.tr.insertText('x', at(state.doc, 'Tuesday')), review, 'Ana Ruiz')).toBeNull();
  });
});

describe('typing beside someone else’s suggestion', () => {
  it('files the new words under their own author, not under the suggestion they touch', () => {
    const { state, review } = twoReviewers();
    // Her deletion of the word after his deleted one is hers too.
    const tomDeleted = suggestOn(stateOf(BODY), (s) => s.tr.delete(at(s.doc, 'on '), after(s.doc, 'on ')), TOM).suggested;
    const tomReview = recordSuggestions(emptyReview(), reviewAnchors(tomDeleted.doc.toJSON()), TOM.name, AT_TOM);
    const both = suggestOn(tomDeleted, (s) => s.tr.delete(at(s.doc, 'Tuesday'), after(s.doc, 'Tuesday')), { ...ANA, ownerOf: (id) => tomReview.suggestions[id]?.author }).suggested;
    const deletions = [...reviewAnchors(both.doc.toJSON()).suggestions.values()].map((a) => [a.deleted, tomReview.suggestions[a.id]?.author ?? 'new']);
    expect(deletions).toEqual([['on ', 'Tom Lee'], ['Tuesday', 'new']]);
    const ownerOf = (id: string) => review.suggestions[id]?.author;
    const next = suggestOn(state, (s) => s.tr.insertText('very ', at(s.doc, 'narrowly')), { ...ANA, ownerOf }).suggested;
    const recorded = recordSuggestions(review, reviewAnchors(next.doc.toJSON()), ANA.name, ANA.now().toISOString());
    const byWords = [...reviewAnchors(next.doc.toJSON()).suggestions.values()].map((a) => [a.inserted || a.deleted, recorded.suggestions[a.id].author]);
    expect(byWords).toContainEqual(['very ', 'Ana Ruiz']);
    expect(byWords).toContainEqual(['narrowly ', 'Tom Lee']);
    // Without the owners the library would have filed Ana's words under Tom's suggestion.
    const plain = suggestOn(state, (s) => s.tr.insertText('very ', at(s.doc, 'narrowly')), ANA).suggested;
    expect([...reviewAnchors(plain.doc.toJSON()).suggestions.values()].find((a) => a.inserted.includes('very'))?.inserted).toBe('very narrowly ');
  });
});
