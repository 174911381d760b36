import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { doc, p, pullQuote, section, title } from '../helpers/doc-builder';
import { pullQuoteNotesKey, pullQuoteNotesPlugin, type PullQuoteNotes } from '../../../src/renderer/src/article/editor/pull-quote-notes';
import { collapseKey, sectionCollapsePlugin } from '../../../src/renderer/src/article/editor/collapse';
import { schema } from './state';

const body = doc(p('We had no good options.'), pullQuote('no good options', 'bell', 'pq1'), section({ id: 'a' }, title('Vote'), p('Close.')), section({ id: 'b' }, title('Next'), p('March.')));

function notesOf(state: EditorState) {
  return pullQuoteNotesKey
    .getState(state)!
    .find()
    .map((d) => ({ from: d.from, note: (d.spec as { pullQuoteNote: unknown }).pullQuoteNote }));
}

describe('pull quote notes', () => {
  const notes: PullQuoteNotes = { byId: new Map([['pq1', { source: 'Morag Bell', warnings: ['Not verbatim.'] }]]), byIndex: [] };

  it('puts the analysis note on its pull quote and keeps it there while the text above changes', () => {
    let state = EditorState.create({ doc: schema.nodeFromJSON(body), plugins: [pullQuoteNotesPlugin()] });
    expect(notesOf(state)).toEqual([]);
    state = state.apply(state.tr.setMeta(pullQuoteNotesKey, notes));
    const at = state.doc.child(0).nodeSize;
    expect(notesOf(state)).toEqual([{ from: at, note: { source: 'Morag Bell', warnings: ['Not verbatim.'] } }]);
    state = state.apply(state.tr.insertText('Really. ', 1));
    expect(notesOf(state)[0].from).toBe(at + 8);
  });

  it('is never an undoable step', () => {
    const state = EditorState.create({ doc: schema.nodeFromJSON(body), plugins: [pullQuoteNotesPlugin()] });
    const tr = state.tr.setMeta(pullQuoteNotesKey, notes);
    expect(tr.docChanged).toBe(false);
  });
});

describe('folding sections', () => {
  it('folds and unfolds by section id, outside the document, so moves keep it', () => {
    let state = EditorState.create({ doc: schema.nodeFromJSON(body), plugins: [sectionCollapsePlugin()] });
    state = state.apply(state.tr.setMeta(collapseKey, 'b'));
    expect([...collapseKey.getState(state)!]).toEqual(['b']);
    state = state.apply(state.tr.setMeta(collapseKey, 'b'));
    expect([...collapseKey.getState(state)!]).toEqual([]);
  });
});
