import { describe, expect, it } from 'vitest';
import { NodeSelection } from '@tiptap/pm/state';
import { doc, image, p, section, title } from '../helpers/doc-builder';
import { insertImages, setImageAttrs } from '../../../src/renderer/src/article/editor/transforms/insert-image';
import { posOf, schema, shape, stateOf } from './state';

const body = doc(p('The council met on Tuesday.'), section({ id: 'a' }, title('The vote'), p('Nobody else spoke.')));

describe('insert images', () => {
  it('goes after the block holding the cursor, selected, with empty fields and the full column', () => {
    const tr = insertImages(stateOf(body, { cursor: 'council' }), [{ src: 'assets/a1/ab.png' }])!;
    tr.doc.check();
    expect(shape(tr.doc)).toEqual(['· The council met on Tuesday.', '· image: ', '# The vote', '  Nobody else spoke.']);
    expect(tr.doc.child(1).attrs).toEqual({ src: 'assets/a1/ab.png', alt: '', caption: '', credit: '', width: 100 });
    expect(tr.selection).toBeInstanceOf(NodeSelection);
    expect(tr.selection.from).toBe(tr.doc.child(0).nodeSize);
  });

  it('several dropped files go in order where they were dropped, moved out of the words to the block boundary', () => {
    const state = stateOf(body);
    const inWords = posOf(state.doc, 'else');
    const tr = insertImages(state, [{ src: 'assets/a1/1.png' }, { src: 'assets/a1/2.png' }], inWords)!;
    tr.doc.check();
    const section = tr.doc.child(1);
    expect(shape(tr.doc).slice(1)).toEqual(['# The vote', '  image: ', '  image: ', '  Nobody else spoke.']);
    expect([section.child(1).attrs.src, section.child(2).attrs.src]).toEqual(['assets/a1/1.png', 'assets/a1/2.png']);
    expect(tr.steps).toHaveLength(1); // one step: one undo takes both back
  });

  it('nothing to insert is no transaction', () => {
    expect(insertImages(stateOf(body), [])).toBeNull();
  });

  it('changes the fields of a picture, and only of a picture', () => {
    const state = stateOf(doc(p('Before.'), image({ src: 'assets/a1/x.png' })));
    const pos = state.doc.child(0).nodeSize;
    const tr = setImageAttrs(state, pos, { alt: 'The ferry', width: 50 })!;
    expect(tr.doc.child(1).attrs).toMatchObject({ alt: 'The ferry', width: 50, src: 'assets/a1/x.png' });
    expect(setImageAttrs(state.apply(tr), pos, { alt: 'The ferry', width: 50 })).toBeNull();
    expect(setImageAttrs(state, 0, { alt: 'x' })).toBeNull();
  });

  it('the width is kept in the file and read back from HTML', () => {
    const node = schema.nodeFromJSON({ type: 'image', attrs: { src: 'assets/a/b.png', width: 75 } });
    expect(node.toJSON().attrs.width).toBe(75);
    const spec = node.type.spec.toDOM!(node) as unknown as [string, Record<string, string>];
    expect(spec[1]['data-width']).toBe('75');
  });
});
