import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import type { Article } from '../../../src/shared/article/model';
import { articleSchema } from '../../../src/shared/schema';
import { mergeArticles } from '../../../src/shared/review/merge';
import { locateMine, takeTheirs } from '../../../src/shared/review/take-theirs';
import { doc, makeArticle, p, section, title } from '../helpers/doc-builder';
import { withBlockText as edit } from '../helpers/edit-article';

const schema = articleSchema();
const AT = '2026-12-02T09:00:00.000Z';

const base = (): Article =>
  makeArticle({
    body: doc(p('The council voted on Tuesday.'), p('Fares will rise in May.'), section({ id: 's1' }, title('How the vote went'), p('It was five to four.'), p('The chair spoke last.'))),
  });


function conflictOf(mine: Article, theirs: Article) {
  const r = mergeArticles(base(), mine, theirs, 'Tom Lee', AT);
  const [c] = r.conflicts;
  if (!c || c.kind !== 'blocks') throw new Error('expected a conflict over blocks');
  return { merged: EditorState.create({ doc: schema.nodeFromJSON(r.article.body) }), c };
}

const paragraphs = (s: EditorState) => {
  const out: string[] = [];
  s.doc.descendants((n) => {
    if (n.isTextblock) out.push(n.textContent);
    return true;
  });
  return out;
};

describe('taking their side of a passage both changed', () => {
  it('replaces my paragraph with theirs, leaving the rest as it was', () => {
    const { merged, c } = conflictOf(edit(base(), [1], 'Fares will rise by 12 percent in May.'), edit(base(), [1], 'Fares will rise in June.'));
    const tr = takeTheirs(merged.tr, c)!;
    expect(paragraphs(merged.apply(tr))).toEqual(['The council voted on Tuesday.', 'Fares will rise in June.', 'How the vote went', 'It was five to four.', 'The chair spoke last.']);
  });

  it('finds my paragraph inside a section, and again after edits above moved it', () => {
    const { merged, c } = conflictOf(edit(base(), [2, 2], 'The chair spoke last, briefly.'), edit(base(), [2, 2], 'The chair did not speak.'));
    const moved = merged.apply(merged.tr.insertText('Late news. ', 1));
    expect(locateMine(moved.doc, c)).not.toEqual(c.range);
    const after = moved.apply(takeTheirs(moved.tr, c)!);
    expect(paragraphs(after)).toEqual(['Late news. The council voted on Tuesday.', 'Fares will rise in May.', 'How the vote went', 'It was five to four.', 'The chair did not speak.']);
  });

  it('replaces nothing once my side has been edited since the merge', () => {
    const { merged, c } = conflictOf(edit(base(), [1], 'Fares will rise by 12 percent in May.'), edit(base(), [1], 'Fares will rise in June.'));
    const pos = merged.doc.child(0).nodeSize + 3;
    const edited = merged.apply(merged.tr.insertText('X', pos));
    expect(takeTheirs(edited.tr, c)).toBeNull();
  });
});
