import { describe, expect, it } from 'vitest';
import { doc, p, section, title } from '../helpers/doc-builder';
import { moveSectionAtSelection, moveSectionTo } from '../../../src/renderer/src/article/editor/transforms/move-section';
import { splitSection } from '../../../src/renderer/src/article/editor/transforms/split-section';
import { mergeSectionAtSelection } from '../../../src/renderer/src/article/editor/transforms/merge-section';
import { shape, stateOf } from './state';

const body = doc(
  p('Lede.'),
  p('Nut graf.'),
  section({ id: 'a' }, title('Alpha'), p('A one.'), p('A two.'), p('A three.')),
  section({ id: 'b' }, title('Beta'), p('B one.')),
  section({ id: 'c' }, title('Gamma'), p('C one.')),
);

describe('moving sections', () => {
  it('moves a whole section, title and blocks, one place down and back up, keeping its id', () => {
    const state = stateOf(body, { cursor: 'A two' });
    const tr = moveSectionAtSelection(state, 1)!;
    tr.doc.check();
    expect(shape(tr.doc)).toEqual(['· Lede.', '· Nut graf.', '# Beta', '  B one.', '# Alpha', '  A one.', '  A two.', '  A three.', '# Gamma', '  C one.']);
    expect(tr.doc.child(3).attrs.id).toBe('a');
    // The cursor travels with the section.
    expect(tr.doc.textBetween(tr.selection.from, tr.selection.from + 5)).toBe('A two');
    const back = moveSectionAtSelection(state.apply(tr), -1)!;
    expect(back.doc.eq(state.doc)).toBe(true);
  });

  it('moves by index for drag and drop, to the end or the start', () => {
    const state = stateOf(body);
    expect(shape(moveSectionTo(state, 0, 2)!.doc).filter((l) => l.startsWith('#'))).toEqual(['# Beta', '# Gamma', '# Alpha']);
    expect(shape(moveSectionTo(state, 2, 0)!.doc).filter((l) => l.startsWith('#'))).toEqual(['# Gamma', '# Alpha', '# Beta']);
  });

  it('does nothing past either end or from the intro', () => {
    expect(moveSectionAtSelection(stateOf(body, { cursor: 'A one' }), -1)).toBeNull();
    expect(moveSectionAtSelection(stateOf(body, { cursor: 'C one' }), 1)).toBeNull();
    expect(moveSectionAtSelection(stateOf(body, { cursor: 'Lede' }), 1)).toBeNull();
  });
});

describe('splitting a section', () => {
  it('turns the rest of the section from the cursor’s block into a new untitled section', () => {
    const tr = splitSection(stateOf(body, { cursor: 'two' }), 'new')!;
    tr.doc.check();
    expect(shape(tr.doc)).toEqual(['· Lede.', '· Nut graf.', '# Alpha', '  A one.', '# ', '  A two.', '  A three.', '# Beta', '  B one.', '# Gamma', '  C one.']);
    expect(tr.doc.child(3).attrs.id).toBe('new');
    // The cursor waits in the new, empty title.
    expect(tr.selection.$from.parent.type.name).toBe('sectionTitle');
    expect(tr.selection.$from.node(1).attrs.id).toBe('new');
  });

  it('from the first block leaves the old section with its title only', () => {
    const tr = splitSection(stateOf(body, { cursor: 'B one' }), 'new')!;
    tr.doc.check();
    expect(shape(tr.doc).slice(-5)).toEqual(['# Beta', '# ', '  B one.', '# Gamma', '  C one.']);
  });

  it('in the intro makes the rest of the intro the first section', () => {
    const tr = splitSection(stateOf(body, { cursor: 'Nut' }), 'new')!;
    tr.doc.check();
    expect(shape(tr.doc).slice(0, 4)).toEqual(['· Lede.', '# ', '  Nut graf.', '# Alpha']);
  });

  it('does nothing in a title', () => {
    expect(splitSection(stateOf(body, { cursor: 'Beta' }))).toBeNull();
  });
});

describe('merging a section into the previous one', () => {
  it('turns its title into a paragraph at the end of the previous section', () => {
    const state = stateOf(body, { cursor: 'B one' });
    const tr = mergeSectionAtSelection(state)!;
    tr.doc.check();
    expect(shape(tr.doc)).toEqual(['· Lede.', '· Nut graf.', '# Alpha', '  A one.', '  A two.', '  A three.', '  Beta', '  B one.', '# Gamma', '  C one.']);
    expect(tr.doc.textBetween(tr.selection.from, tr.selection.from + 5)).toBe('B one');
  });

  it('drops an empty title, and merges the first section into the intro', () => {
    const split = splitSection(stateOf(body, { cursor: 'A two' }), 'new')!;
    const merged = mergeSectionAtSelection(stateOf(split.doc.toJSON(), { cursor: 'A two' }))!;
    expect(merged.doc.eq(stateOf(body).doc)).toBe(true);

    const intro = mergeSectionAtSelection(stateOf(body, { cursor: 'Alpha' }))!;
    intro.doc.check();
    expect(shape(intro.doc).slice(0, 6)).toEqual(['· Lede.', '· Nut graf.', '· Alpha', '· A one.', '· A two.', '· A three.']);
  });

  it('does nothing in the intro', () => {
    expect(mergeSectionAtSelection(stateOf(body, { cursor: 'Lede' }))).toBeNull();
  });

  it('split then merge is a round trip, and each is one step for undo (a single transaction)', () => {
    const state = stateOf(body, { cursor: 'A three' });
    const tr = splitSection(state, 'x')!;
    expect(tr.steps.length).toBeGreaterThan(0);
    const after = state.apply(tr);
    const back = mergeSectionAtSelection(after)!;
    expect(back.doc.eq(state.doc)).toBe(true);
  });
});

describe('inserting a section', () => {
  it('from the intro goes before the first section; from a section, right after it', async () => {
    const { insertSection } = await import('../../../src/renderer/src/article/editor/transforms/insert-section');
    const fromIntro = insertSection(stateOf(body, { cursor: 'Lede' }), 'n1');
    fromIntro.doc.check();
    expect(shape(fromIntro.doc).slice(0, 5)).toEqual(['· Lede.', '· Nut graf.', '# ', '  ', '# Alpha']);
    const fromBeta = insertSection(stateOf(body, { cursor: 'B one' }), 'n2');
    expect(shape(fromBeta.doc).filter((l) => l.startsWith('#'))).toEqual(['# Alpha', '# Beta', '# ', '# Gamma']);
    expect(fromBeta.selection.$from.parent.type.name).toBe('sectionTitle');
  });
});

describe('finding an outline line’s section in the current document', () => {
  it('goes by id, so a moment-old outline still finds the right section after a move', async () => {
    const { findSection } = await import('../../../src/renderer/src/article/editor/transforms/sections');
    const moved = moveSectionTo(stateOf(body), 2, 0)!.doc;
    expect(findSection(moved, 'c', 2)?.index).toBe(0);
    expect(findSection(moved, null, 1)?.node.attrs.id).toBe('a');
    expect(findSection(moved, 'gone', 5)).toBeNull();
  });
});
