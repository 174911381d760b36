import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state';
import { closeHistory, history, redo, redoDepth, undo, undoDepth } from '@tiptap/pm/history';
import { ArticleDocument, type BodyBinding, type DocumentChange } from '../../../src/renderer/src/article/store/document';
import type { DocNode } from '../../../src/shared/article/model';
import { doc, makeArticle, makeSource, p } from '../helpers/doc-builder';
import { schema } from '../editor/state';

/**
 * The document's undo against ProseMirror's real history plugin: a headless editor (state plus
 * dispatch, as the view would do it) stands in for TipTap, which needs a DOM.
 */
class HeadlessEditor {
  state: EditorState;
  constructor(
    body: DocNode,
    private onBodyChange: () => void,
  ) {
    this.state = EditorState.create({ doc: schema.nodeFromJSON(body), plugins: [history({ newGroupDelay: 500 })] });
  }
  dispatch = (tr: Transaction) => {
    this.state = this.state.apply(tr);
    if (tr.docChanged) this.onBodyChange();
  };
  /** Types at the end of the first paragraph, as a keystroke would (one transaction, with its own time). */
  type(text: string, time: number) {
    const end = this.state.doc.firstChild!.nodeSize - 1;
    this.dispatch(this.state.tr.setSelection(TextSelection.create(this.state.doc, end)).insertText(text).setTime(time));
  }
  text() {
    return this.state.doc.textContent;
  }
  binding(): BodyBinding {
    return {
      getJSON: () => this.state.doc.toJSON() as DocNode,
      setJSON: (body) => {
        const tr = this.state.tr.replaceWith(0, this.state.doc.content.size, schema.nodeFromJSON(body).content).setMeta('addToHistory', false);
        this.state = this.state.apply(tr);
      },
      undo: () => undo(this.state, this.dispatch),
      redo: () => redo(this.state, this.dispatch),
      undoDepth: () => undoDepth(this.state),
      redoDepth: () => redoDepth(this.state),
      closeStep: () => {
        this.state = this.state.apply(closeHistory(this.state.tr));
      },
    };
  }
}

function open(clock = { now: 0 }) {
  const article = makeArticle({ headline: 'Ferry vote', body: doc(p('Lede.')) });
  const document = new ArticleDocument(article, () => clock.now);
  const editor = new HeadlessEditor(article.body, () => document.bodyChanged());
  document.attachBody(editor.binding());
  const changes: DocumentChange[] = [];
  document.subscribe((c) => changes.push(c));
  return { document, editor, clock, changes };
}

describe('the article document', () => {
  it('undoes body and field edits in the order they were made, and redoes them back', () => {
    const { document, editor, clock } = open();
    editor.type(' One.', (clock.now = 1000));
    clock.now = 3000;
    document.setField('headline', 'Ferry vote delayed');
    editor.type(' Two.', (clock.now = 5000));
    expect(editor.text()).toBe('Lede. One. Two.');

    document.undo();
    expect(editor.text()).toBe('Lede. One.');
    expect(document.fields.headline).toBe('Ferry vote delayed');
    document.undo();
    expect(document.fields.headline).toBe('Ferry vote');
    expect(editor.text()).toBe('Lede. One.');
    document.undo();
    expect(editor.text()).toBe('Lede.');
    expect(document.canUndo()).toBe(false);

    document.redo();
    document.redo();
    expect(editor.text()).toBe('Lede. One.');
    expect(document.fields.headline).toBe('Ferry vote delayed');
    document.redo();
    expect(editor.text()).toBe('Lede. One. Two.');
  });

  it('takes typing in one field as one step, and a pause starts the next', () => {
    const { document, clock } = open();
    for (const [i, h] of ['F', 'Fe', 'Fer', 'Ferr', 'Ferry'].entries()) {
      clock.now = i * 100;
      document.setField('headline', h);
    }
    clock.now = 5000;
    document.setField('headline', 'Ferry!');
    document.undo();
    expect(document.fields.headline).toBe('Ferry');
    document.undo();
    expect(document.fields.headline).toBe('Ferry vote');
  });

  it('undoes a source added with its quotation mark as one step ("Attribute to…")', () => {
    const { document, editor } = open();
    const source = makeSource({ id: 'src-1', name: 'Morag Bell' });
    document.transact(() => {
      document.apply([{ kind: 'source.add', source }]);
      const tr = editor.state.tr.addMark(1, 5, schema.marks.quotation.create({ id: 'q1', sourceId: 'src-1' }));
      editor.dispatch(tr);
    });
    const marked = () => editor.state.doc.rangeHasMark(1, 5, schema.marks.quotation);
    expect(marked()).toBe(true);
    expect(document.fields.sources.map((s) => s.name)).toEqual(['Morag Bell']);
    document.undo();
    expect(marked()).toBe(false);
    expect(document.fields.sources).toEqual([]);
    document.redo();
    expect(marked()).toBe(true);
    expect(document.fields.sources.map((s) => s.name)).toEqual(['Morag Bell']);
  });

  it('changes sources and claims by operations with exact inverses', () => {
    const { document } = open();
    const a = makeSource({ id: 'a', name: 'Ann' });
    const b = makeSource({ id: 'b', name: 'Ben' });
    document.apply([{ kind: 'source.add', source: a }]);
    document.apply([{ kind: 'source.add', source: b }]);
    document.apply([{ kind: 'source.update', id: 'a', patch: { title: 'mayor' } }]);
    document.apply([{ kind: 'source.remove', id: 'a' }]);
    expect(document.fields.sources.map((s) => s.id)).toEqual(['b']);
    document.undo();
    // Back in its place, with the title it had.
    expect(document.fields.sources.map((s) => [s.id, s.title])).toEqual([
      ['a', 'mayor'],
      ['b', ''],
    ]);
    document.undo();
    expect(document.fields.sources[0].title).toBe('');
    document.apply([{ kind: 'claim.add', claim: { id: 'c1', status: 'unverified', evidence: '', link: '' } }]);
    document.apply([{ kind: 'claim.update', id: 'c1', patch: { status: 'verified' } }]);
    document.undo();
    expect(document.fields.claims[0].status).toBe('unverified');
    // A no-op (same value) is not a step and not a change.
    const before = document.revision;
    document.apply([{ kind: 'claim.update', id: 'c1', patch: { status: 'unverified' } }]);
    expect(document.revision).toBe(before);
  });

  it('forgets the redo history once something new is done', () => {
    const { document, editor, clock } = open();
    editor.type(' One.', (clock.now = 1000));
    document.undo();
    expect(document.canRedo()).toBe(true);
    editor.type(' Other.', (clock.now = 3000));
    expect(document.canRedo()).toBe(false);
    document.setField('dek', 'x');
    document.undo();
    expect(document.canRedo()).toBe(true);
    document.setField('byline', 'By Ann');
    expect(document.canRedo()).toBe(false);
  });

  it('tells every listener of every change, counting edits but not bookkeeping or reloads', () => {
    const { document, editor, changes, clock } = open();
    editor.type('!', (clock.now = 10));
    document.setField('slug', 'ferry');
    document.apply([{ kind: 'meta', patch: { updatedAt: '2026-01-01T00:00:00.000Z' } }]);
    expect(changes.map((c) => [c.origin, c.body, c.revision])).toEqual([
      ['edit', true, 1],
      ['edit', false, 2],
      ['meta', false, 2],
    ]);
    expect(document.canUndo()).toBe(true);
    document.replaceAll(makeArticle({ headline: 'Theirs', body: doc(p('Their lede.')) }));
    expect(changes.at(-1)).toMatchObject({ origin: 'load', revision: 2 });
    expect(editor.text()).toBe('Their lede.');
    expect(document.fields.headline).toBe('Theirs');
    // Another version is a fresh start: nothing of mine to undo into it.
    expect(document.canUndo()).toBe(false);
  });
});
