import { describe, expect, it } from 'vitest';
import { insertSection } from '../../../src/renderer/src/article/editor/transforms/insert-section';
import { insertPullQuote } from '../../../src/renderer/src/article/editor/transforms/make-pull-quote';
import { moveSectionTo } from '../../../src/renderer/src/article/editor/transforms/move-section';
import { mergeSectionAtSelection } from '../../../src/renderer/src/article/editor/transforms/merge-section';
import { splitSection } from '../../../src/renderer/src/article/editor/transforms/split-section';
import { suggestTransaction } from '../../../src/shared/review/suggest';
import { doc, p, section, title } from '../helpers/doc-builder';
import { stateOf } from '../editor/state';
import { reviewAnchors } from '../../../src/shared/review/anchors';
import { decideInDocument } from '../../../src/shared/review/decide';
import { Transform } from '@tiptap/pm/transform';
import type { Node as PMNode } from '@tiptap/pm/model';

const TOM = { name: 'Tom Lee', now: () => new Date('2026-03-01T10:00:00Z') };
const body = doc(p('The council voted on Tuesday.'), section({ id: 's1' }, title('The vote'), p('Seven for, six against.')));

describe('the cursor after a suggested insertion goes where the edit put it', () => {
  it('into the title of a section added while suggesting, so the title typed next lands there', () => {
    const state = stateOf(body, { cursor: 'Tuesday' });
    const after = state.apply(suggestTransaction(insertSection(state, 's-new'), state, TOM));
    expect(after.selection.$from.parent.type.name).toBe('sectionTitle');
    expect(after.selection.$from.node(1).attrs.id).toBe('s-new');
    const typed = after.apply(suggestTransaction(after.tr.insertText('What next'), after, TOM));
    expect(typed.doc.child(1).firstChild!.textContent).toBe('What next');
    expect(typed.doc.child(0).textContent).toBe('The council voted on Tuesday.');
  });

  it('into a pull quote inserted while suggesting', () => {
    const state = stateOf(body, { cursor: 'Seven' });
    const after = state.apply(suggestTransaction(insertPullQuote(state, 'pq1'), state, TOM));
    expect(after.selection.$from.parent.type.name).toBe('pullQuote');
  });

  it('the words typed into one\'s own suggested section are part of that suggestion: one to decide, and rejecting it leaves nothing', () => {
    const state = stateOf(body, { cursor: 'Tuesday' });
    const added = state.apply(suggestTransaction(insertSection(state, 's-new'), state, TOM));
    const typed = added.apply(suggestTransaction(added.tr.insertText('What next'), added, TOM));
    expect([...reviewAnchors(typed.doc.toJSON()).suggestions.keys()]).toHaveLength(1);
    const rejected = new Transform(typed.doc);
    decideInDocument(rejected, 'reject', () => true);
    expect(rejected.doc.eq(state.doc)).toBe(true);
    const accepted = new Transform(typed.doc);
    decideInDocument(accepted, 'accept', () => true);
    expect(accepted.doc.child(1).firstChild!.textContent).toBe('What next');
    expect(JSON.stringify(accepted.doc.toJSON())).not.toContain('insertion');
  });

  it('but words typed into another author\'s suggested section stay their own suggestion', () => {
    const ANA = { name: 'Ana Ruiz', now: () => new Date('2026-03-01T11:00:00Z') };
    const state = stateOf(body, { cursor: 'Tuesday' });
    const added = state.apply(suggestTransaction(insertSection(state, 's-new'), state, TOM));
    const typed = added.apply(suggestTransaction(added.tr.insertText('What next'), added, ANA));
    expect([...reviewAnchors(typed.doc.toJSON()).suggestions.keys()]).toHaveLength(2);
  });
});

describe('a section moved while suggesting', () => {
  const three = doc(p('Intro.'), section({ id: 'a' }, title('First'), p('One.')), section({ id: 'b' }, title('Second'), p('Two.')));

  it('is one suggestion: rejecting it puts the section back, accepting it leaves it moved', () => {
    const state = stateOf(three, { cursor: 'Two' });
    const direct = moveSectionTo(state, 1, 0)!;
    const moved = state.apply(suggestTransaction(moveSectionTo(state, 1, 0)!, state, TOM));
    const anchors = [...reviewAnchors(moved.doc.toJSON()).suggestions.values()];
    expect(anchors).toHaveLength(1);
    expect(anchors[0].deleted).toBe(anchors[0].inserted);
    const rejected = new Transform(moved.doc);
    decideInDocument(rejected, 'reject', () => true);
    expect(rejected.doc.eq(state.doc)).toBe(true);
    const accepted = new Transform(moved.doc);
    decideInDocument(accepted, 'accept', () => true);
    expect(accepted.doc.eq(direct.doc)).toBe(true);
  });
});

describe('a section split or merged while suggesting', () => {
  const three = doc(p('Intro.'), section({ id: 'a' }, title('First'), p('One.'), p('Also one.')), section({ id: 'b' }, title('Second'), p('Two.')));
  const decided = (d: PMNode, decision: 'accept' | 'reject') => {
    const t = new Transform(d);
    decideInDocument(t, decision, () => true);
    return t.doc;
  };

  it('split: the cursor goes into the new section\'s title (the struck-through blocks stay above it), and the title typed next is part of the split', () => {
    const state = stateOf(three, { cursor: 'Also' });
    const direct = splitSection(state, 's-new')!;
    const split = state.apply(suggestTransaction(splitSection(state, 's-new')!, state, TOM));
    expect(split.selection.$from.parent.type.name).toBe('sectionTitle');
    expect(split.selection.$from.node(1).attrs.id).toBe('s-new');
    const typed = split.apply(suggestTransaction(split.tr.insertText('More'), split, TOM));
    expect(typed.doc.textContent).toContain('More');
    expect(decided(typed.doc, 'reject').eq(state.doc)).toBe(true);
    expect(decided(split.doc, 'accept').eq(direct.doc)).toBe(true);
  });

  it('merge: one suggestion that names the section merged; rejecting it puts the section back, accepting it equals the merge made directly', () => {
    const state = stateOf(three, { cursor: 'Two' });
    const direct = mergeSectionAtSelection(state)!;
    const merged = state.apply(suggestTransaction(mergeSectionAtSelection(state)!, state, TOM));
    const anchors = [...reviewAnchors(merged.doc.toJSON()).suggestions.values()];
    expect(anchors).toHaveLength(1);
    expect(anchors[0].sectionsDeleted).toEqual(['Second']);
    expect(anchors[0].sectionsInserted).toEqual([]);
    // Each word once, though both the blocks and their text carry the mark.
    expect(anchors[0].inserted).toBe('SecondTwo.');
    expect(decided(merged.doc, 'reject').eq(state.doc)).toBe(true);
    expect(decided(merged.doc, 'accept').eq(direct.doc)).toBe(true);
  });
});
