import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../src/shared/article/model';
import { articleSchema } from '../../../src/shared/schema';
import { diffVersions } from '../../../src/shared/review/version-diff';
import { bold, doc, image, mark, p, pullQuote, quotation, section, title } from '../helpers/doc-builder';

const schema = articleSchema();
const node = (d: DocNode) => schema.nodeFromJSON(d);
const summary = (older: DocNode, newer: DocNode) => {
  const d = diffVersions(node(older), node(newer));
  return { changes: d.changes.map((c) => [c.deletedText, c.insertedText]), added: d.wordsAdded, removed: d.wordsRemoved };
};

describe('comparing two versions', () => {
  it('finds a changed word inside a paragraph and counts the words', () => {
    expect(summary(doc(p('The council voted on Tuesday.')), doc(p('The council voted on Wednesday night.')))).toEqual({
      changes: [['Tuesday', 'Wednesday night']],
      added: 2,
      removed: 1,
    });
  });

  it('sees a quotation moved to another source, though no letter changed', () => {
    const d = summary(doc(p('Bell said ', quotation('“No choice,”', 'bell', 'q1'), '.')), doc(p('Bell said ', quotation('“No choice,”', 'ruiz', 'q1'), '.')));
    expect(d.changes).toEqual([['“No choice,”', '“No choice,”']]);
  });

  it('sees formatting, and ignores comments and node ids', () => {
    expect(summary(doc(p('A close vote.')), doc(p('A ', bold('close'), ' vote.'))).changes).toEqual([['close', 'close']]);
    expect(summary(doc(p('A close vote.')), doc(p('A ', mark('comment', { id: 'c1' }, 'close'), ' vote.'))).changes).toEqual([]);
    expect(summary(doc(section({ id: 'a' }, title('Vote'), p('Close.'))), doc(section({ id: 'a' }, title('Vote'), p('Close.')))).changes).toEqual([]);
  });

  it('sees a pull quote’s source and an image’s caption change', () => {
    expect(summary(doc(p('x'), pullQuote('No choice', 'bell', 'pq')), doc(p('x'), pullQuote('No choice', 'ruiz', 'pq'))).changes).toHaveLength(1);
    expect(summary(doc(p('x'), image({ src: 'a.png', caption: 'Old' })), doc(p('x'), image({ src: 'a.png', caption: 'New' }))).changes).toHaveLength(1);
  });

  it('keeps two edits far apart in a long article as two small changes', () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => p(`Paragraph number ${i} of a long article about the ferry and its passengers.`));
    const older = doc(...paragraphs.slice(0, 200), section({ id: 's' }, title('Later'), ...paragraphs.slice(200)));
    const edited = structuredClone(older);
    edited.content![0] = p('Paragraph number 0 of a short article about the ferry and its passengers.');
    const last = edited.content![200].content!;
    last[last.length - 1] = p('Paragraph number 399 of a long article about the night ferry and its passengers.');
    const d = summary(older, edited);
    expect(d.changes).toEqual([
      ['long', 'short'],
      ['', 'night '],
    ]);
    expect([d.added, d.removed]).toEqual([2, 1]);
  });

  it('reports a section inserted, a paragraph deleted and a paragraph moved', () => {
    const older = doc(p('First.'), p('Second.'), section({ id: 'a' }, title('Vote'), p('Close.')));
    const newer = doc(p('Second.'), p('First.'), section({ id: 'a' }, title('Vote'), p('Close.')), section({ id: 'b' }, title('Next'), p('March.')));
    const d = diffVersions(node(older), node(newer));
    expect(d.wordsAdded).toBe(1 + 2);
    expect(d.wordsRemoved).toBe(1);
  });
});
