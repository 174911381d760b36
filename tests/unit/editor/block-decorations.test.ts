import { describe, expect, it } from 'vitest';
import { EditorState, Plugin, PluginKey, TextSelection, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { blockDecorationState } from '../../../src/renderer/src/article/editor/block-decorations';
import { changedBlocks } from '../../../src/shared/article/changed-blocks';
import { doc, mark, p, section, title } from '../helpers/doc-builder';
import { rng, textPositions } from '../helpers/random-edits';
import { schema } from './state';

/** Decorates commented words, and whole blocks that carry an insertion mark, as the review plugins do. */
function build(d: PMNode, from: number, to: number): Decoration[] {
  const out: Decoration[] = [];
  d.nodesBetween(from, to, (node, pos) => {
    if (node.marks.some((m) => m.type.name === 'insertion')) out.push(Decoration.node(pos, pos + node.nodeSize, { class: 'in' }));
    if (node.isInline && node.marks.some((m) => m.type.name === 'comment')) out.push(Decoration.inline(pos, pos + node.nodeSize, { class: 'c' }));
    return true;
  });
  return out;
}

const key = new PluginKey<DecorationSet>('test');
const REDRAW = 'redraw';
const plugin = () => new Plugin<DecorationSet>({ key, state: blockDecorationState(build, REDRAW) });

function drawn(state: EditorState): string[] {
  return key
    .getState(state)!
    .find()
    .map((d) => `${d.from}-${d.to}:${(d as unknown as { type: { attrs: { class: string } } }).type.attrs.class}`)
    .sort();
}

function expected(state: EditorState): string[] {
  return DecorationSet.create(state.doc, build(state.doc, 0, state.doc.content.size))
    .find()
    .map((d) => `${d.from}-${d.to}:${(d as unknown as { type: { attrs: { class: string } } }).type.attrs.class}`)
    .sort();
}

const comment = (id: string, ...words: string[]) => mark('comment', { id }, ...words);

const start = doc(
  p('An intro with ', comment('c1', 'a commented phrase'), ' in it.'),
  section({ id: 's1' }, title('The vote'), p('Seven ', comment('c2', 'voted for'), ' and six against.'), p('Second paragraph.')),
  section({ id: 's2' }, title('Next'), p('Fares start in ', comment('c3', 'March'), '.')),
);

function randomEdit(state: EditorState, next: () => number): Transaction {
  const positions = textPositions(state.doc);
  const at = () => positions[Math.floor(next() * positions.length)];
  const tr = state.tr;
  const kind = Math.floor(next() * 7);
  const a = at();
  const b = Math.min(state.doc.content.size, a + 1 + Math.floor(next() * 12));
  try {
    if (kind === 0) tr.insertText('typed ', a);
    else if (kind === 1) tr.addMark(a, b, schema.marks.comment.create({ id: `n${Math.floor(next() * 1000)}` }));
    else if (kind === 2) tr.removeMark(0, state.doc.content.size, schema.marks.comment);
    else if (kind === 3) tr.delete(a, b);
    else if (kind === 4) tr.split(a);
    else if (kind === 5) tr.insert(state.doc.content.size, schema.nodeFromJSON(section({ id: `s${Math.floor(next() * 1000)}` }, title('Added'), p('With ', comment('cx', 'a note'), '.'))));
    else {
      // Two steps far apart in one transaction (a find-and-replace of every match does this).
      tr.insertText('one ', positions[1]);
      tr.insertText('two ', tr.mapping.map(positions[positions.length - 2]));
    }
    tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(a, tr.doc.content.size))));
  } catch {
    return state.tr.insertText('x', positions[0]);
  }
  return tr;
}

describe('decorations kept per changed block', () => {
  it('match a full redraw after every one of 400 random edits, marks and splits and far-apart steps included', () => {
    const next = rng(7);
    let state = EditorState.create({ doc: schema.nodeFromJSON(start), plugins: [plugin()] });
    expect(drawn(state)).toEqual(expected(state));
    for (let i = 0; i < 400; i++) {
      state = state.apply(randomEdit(state, next));
      expect(drawn(state), `after edit ${i}`).toEqual(expected(state));
    }
    expect(drawn(state).length).toBeGreaterThan(0);
  });

  it('a block-level insertion mark set on a node is drawn and cleared with it', () => {
    let state = EditorState.create({ doc: schema.nodeFromJSON(start), plugins: [plugin()] });
    const sectionPos = state.doc.child(0).nodeSize;
    state = state.apply(state.tr.addNodeMark(sectionPos, schema.marks.insertion.create({ id: 'i1' })));
    expect(drawn(state)).toContain(`${sectionPos}-${sectionPos + state.doc.child(1).nodeSize}:in`);
    state = state.apply(state.tr.removeNodeMark(sectionPos, schema.marks.insertion));
    expect(drawn(state)).toEqual(expected(state));
  });

  it('names only the blocks a keystroke touched, so a long article is not walked again', () => {
    const state = EditorState.create({ doc: schema.nodeFromJSON(start) });
    const inSecond = state.doc.child(0).nodeSize + 5;
    const ranges = changedBlocks(state.tr.insertText('x', inSecond));
    expect(ranges).toEqual([[state.doc.child(0).nodeSize, state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 1]]);
  });

  it('redraws everything when the review data changes (a thread resolved elsewhere)', () => {
    let state = EditorState.create({ doc: schema.nodeFromJSON(start), plugins: [plugin()] });
    const before = key.getState(state);
    state = state.apply(state.tr.setMeta(REDRAW, true));
    expect(key.getState(state)).not.toBe(before);
    expect(drawn(state)).toEqual(expected(state));
  });
});
