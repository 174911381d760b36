import { describe, expect, it } from 'vitest';
import { bulletList, doc, makeArticle, p, pullQuote, quotation, section, title } from '../helpers/doc-builder';
import { insertPullQuote, makePullQuote } from '../../../src/renderer/src/article/editor/transforms/make-pull-quote';
import { attributeSelection, markClaim } from '../../../src/renderer/src/article/editor/transforms/attribute';
import { analyseAttribution } from '../../../src/shared/analysis/attribution';
import { shape, stateOf } from './state';

const body = doc(
  p('The council met on Tuesday.'),
  section(
    { id: 'a' },
    title('The vote'),
    p('“', quotation('We had no good options, only less bad ones', 'bell', 'q1'), ',” said Morag Bell.'),
    p('Nobody else spoke.'),
  ),
);

describe('make pull quote', () => {
  it('repeats the selected words after the block, attributed to the quotation’s source', () => {
    const state = stateOf(body, { select: 'no good options' });
    const tr = makePullQuote(state, 'pq1')!;
    tr.doc.check();
    expect(shape(tr.doc)).toEqual([
      '· The council met on Tuesday.',
      '# The vote',
      '  “We had no good options, only less bad ones,” said Morag Bell.',
      '  pullQuote: no good options',
      '  Nobody else spoke.',
    ]);
    const node = tr.doc.child(1).child(2);
    expect(node.attrs).toEqual({ id: 'pq1', sourceId: 'bell' });
    expect(node.firstChild!.marks).toEqual([]);
  });

  it('takes no source from words nobody is quoted saying, and nothing from an empty selection', () => {
    const tr = makePullQuote(stateOf(body, { select: 'Nobody else' }), 'pq2')!;
    expect(tr.doc.child(1).child(3).attrs.sourceId).toBeNull();
    expect(makePullQuote(stateOf(body, { cursor: 'Nobody' }))).toBeNull();
  });

  it('goes after the whole list, not inside it', () => {
    const listed = doc(bulletList('First point here', 'Second point'), p('After.'));
    const tr = makePullQuote(stateOf(listed, { select: 'First point' }), 'pq3')!;
    tr.doc.check();
    expect(shape(tr.doc)).toEqual(['· bulletList: First point hereSecond point', '· pullQuote: First point', '· After.']);
  });

  it('is verbatim with the body, so the analysis has nothing to warn about it', () => {
    const tr = makePullQuote(stateOf(body, { select: 'We had no good options' }), 'pq4')!;
    const article = makeArticle({ body: tr.doc.toJSON(), sources: [{ id: 'bell', name: 'Morag Bell' }] });
    const a = analyseAttribution(article);
    expect(a.pullQuotes).toHaveLength(1);
    expect(a.pullQuotes[0].verbatim).toBe(true);
    expect(a.warnings.filter((w) => w.code.startsWith('pull-quote'))).toEqual([]);
  });

  it('inserts an empty pull quote after the current block with the cursor in it', () => {
    const tr = insertPullQuote(stateOf(body, { cursor: 'council' }), 'pq5');
    tr.doc.check();
    expect(tr.doc.child(1).type.name).toBe('pullQuote');
    expect(tr.selection.$from.parent.type.name).toBe('pullQuote');
  });

  it('inserts after the title when the cursor is in one', () => {
    const tr = insertPullQuote(stateOf(body, { cursor: 'vote' }), 'pq6');
    tr.doc.check();
    expect(tr.doc.child(1).child(1).type.name).toBe('pullQuote');
  });
});

describe('attribute and mark as claim', () => {
  it('marks the selection as a quotation of the chosen source', () => {
    const state = stateOf(body, { select: 'Nobody else spoke' });
    const { from, to } = state.selection;
    const tr = attributeSelection(state, { from, to }, 'src-2', 'q9')!;
    const article = makeArticle({ body: tr.doc.toJSON(), sources: [{ id: 'src-2', name: 'Ana Ruiz' }] });
    const a = analyseAttribution(article);
    expect(a.sources[0].quotations.map((q) => [q.id, q.text])).toEqual([['q9', 'Nobody else spoke']]);
  });

  it('attributes a pull quote itself when the cursor is in one', () => {
    const state = stateOf(doc(p('Said it.'), pullQuote('Said it', null, 'pq')));
    const inside = state.doc.child(0).nodeSize + 1;
    const tr = attributeSelection(state, { from: inside, to: inside }, 'src-1', 'unused')!;
    expect(tr.doc.child(1).attrs).toEqual({ id: 'pq', sourceId: 'src-1' });
  });

  it('marks a claim with its id', () => {
    const state = stateOf(body, { select: 'met on Tuesday' });
    const tr = markClaim(state, state.selection, 'c1')!;
    const marked: string[] = [];
    tr.doc.descendants((n) => {
      if (n.isText && n.marks.some((m) => m.type.name === 'claim' && m.attrs.claimId === 'c1')) marked.push(n.text!);
    });
    expect(marked).toEqual(['met on Tuesday']);
  });
});
