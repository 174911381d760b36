import { describe, expect, it } from 'vitest';
import { EditorState } from '@tiptap/pm/state';
import { history, undo, redo } from '@tiptap/pm/history';
import { articleSchema } from '../../../src/shared/schema';
import { reviewAnchors } from '../../../src/shared/review/anchors';
import { addThread, deleteComment, editComment, reopen, reply, repliesInOrder, resolve } from '../../../src/shared/review/comments';
import { emptyReview } from '../../../src/shared/article/review-model';
import { doc, p, section, title } from '../helpers/doc-builder';

const schema = articleSchema();
const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T11:00:00.000Z';

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error((r as unknown as { reason: string }).reason);
  return r as Extract<T, { ok: true }>;
}

describe('comment threads', () => {
  const start = () => ok(addThread(emptyReview(), { id: 't1', author: 'Tom Lee', at: AT, body: 'Which Tuesday?', quote: 'on Tuesday' })).review;

  it('reply, resolve and reopen without replying, by anyone', () => {
    let r = ok(reply(start(), 't1', { id: 'r2', author: 'Ana Ruiz', at: LATER, body: 'The 3rd.' })).review;
    r = ok(reply(r, 't1', { id: 'r1', author: 'Tom Lee', at: AT, body: 'Or the 10th?' })).review;
    expect(repliesInOrder(r.threads.t1).map((x) => x.id)).toEqual(['r1', 'r2']);
    r = ok(resolve(r, 't1', 'Ana Ruiz', LATER)).review;
    expect(r.threads.t1).toMatchObject({ resolvedBy: 'Ana Ruiz', resolvedAt: LATER });
    r = ok(reopen(r, 't1')).review;
    expect(r.threads.t1).toMatchObject({ resolvedBy: null, resolvedAt: null });
  });

  it('edit and delete only your own', () => {
    let r = ok(reply(start(), 't1', { id: 'r1', author: 'Ana Ruiz', at: LATER, body: 'The 3rd.' })).review;
    expect(editComment(r, 't1', 'Ana Ruiz', 'Changed', LATER)).toEqual({ ok: false, reason: 'Only the person who wrote this comment can change or delete it.' });
    r = ok(editComment(r, 't1', 'Tom Lee', 'Which Tuesday, exactly?', LATER)).review;
    expect(r.threads.t1).toMatchObject({ body: 'Which Tuesday, exactly?', editedAt: LATER });
    expect(deleteComment(r, 't1', 'Tom Lee', 'r1').ok).toBe(false);
    r = ok(deleteComment(r, 't1', 'Ana Ruiz', 'r1')).review;
    expect(r.threads.t1.replies).toEqual({});
    expect(deleteComment(r, 't1', 'Ana Ruiz').ok).toBe(false);
    expect(ok(deleteComment(r, 't1', 'Tom Lee')).review.threads).toEqual({});
    expect(addThread(emptyReview(), { id: 't2', author: 'A', at: AT, body: '  ', quote: '' }).ok).toBe(false);
  });
});

describe('a comment anchor in the text', () => {
  const body = doc(p('The council voted on Tuesday to keep the ferry.'), section({ id: 's' }, title('The vote'), p('Five to four.')));
  const find = (s: EditorState, needle: string) => {
    let at = -1;
    s.doc.descendants((n, pos) => {
      if (at < 0 && n.isText && n.text!.includes(needle)) at = pos + n.text!.indexOf(needle);
      return at < 0;
    });
    return at;
  };
  const commented = () => {
    const s = EditorState.create({ doc: schema.nodeFromJSON(body), plugins: [history()] });
    const from = find(s, 'on Tuesday');
    return s.apply(s.tr.addMark(from, from + 'on Tuesday'.length, schema.marks.comment.create({ id: 't1' })));
  };
  const words = (s: EditorState) => [...reviewAnchors(s.doc.toJSON()).comments.values()].map((c) => [c.id, c.text]);
  const run = (s: EditorState, cmd: typeof undo) => {
    let next = s;
    cmd(s, (tr) => (next = s.apply(tr)));
    return next;
  };

  it('follows typing inside it and does not grow from its edges', () => {
    let s = commented();
    s = s.apply(s.tr.insertText('last ', find(s, 'Tuesday')));
    s = s.apply(s.tr.insertText('!', find(s, ' to keep')));
    s = s.apply(s.tr.insertText('It ', find(s, 'on last')));
    expect(words(s)).toEqual([['t1', 'on last Tuesday']]);
  });

  it('survives undo and redo', () => {
    let s = commented();
    s = s.apply(s.tr.delete(find(s, 'on Tuesday'), find(s, 'on Tuesday') + 'on Tuesday'.length));
    expect(words(s)).toEqual([]);
    s = run(s, undo);
    expect(words(s)).toEqual([['t1', 'on Tuesday']]);
    s = run(s, redo);
    expect(words(s)).toEqual([]);
  });

  it('moves with cut and paste, and overlaps another comment', () => {
    let s = commented();
    const from = find(s, 'voted');
    s = s.apply(s.tr.addMark(from, from + 'voted on'.length, schema.marks.comment.create({ id: 't2' })));
    const a = find(s, 'voted');
    const slice = s.doc.slice(a, a + 'voted on Tuesday'.length);
    s = s.apply(s.tr.delete(a, a + 'voted on Tuesday'.length));
    const target = find(s, 'Five');
    s = s.apply(s.tr.replace(target, target, slice));
    expect(words(s)).toEqual([
      ['t2', 'voted on'],
      ['t1', 'on Tuesday'],
    ]);
  });

  it('may sit on a section title', () => {
    let s = commented();
    const from = find(s, 'The vote');
    s = s.apply(s.tr.addMark(from, from + 'The vote'.length, schema.marks.comment.create({ id: 't3' })));
    s.doc.check();
    expect(words(s).map(([id]) => id)).toEqual(['t1', 't3']);
  });
});
