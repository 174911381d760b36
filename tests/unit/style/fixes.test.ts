import { history, undo } from '@tiptap/pm/history';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { editsTransaction } from '../../../src/shared/find/edits';
import { checkStyle, safeFixes } from '../../../src/shared/style/check-style';
import { DEFAULT_HOUSE_STYLE, HouseStyle } from '../../../src/shared/style/house-style';
import { articleSchema } from '../../../src/shared/schema';
import type { DocNode } from '../../../src/shared/article/model';
import { blockquote, bulletList, doc, p, pullQuote, quotation, section } from '../helpers/doc-builder';

const schema = articleSchema();

const body = doc(
  p('The the council met on January 5th, 2026 , and 3 members said "no" . It\'s the e-mail , not the web site.'),
  section('The vote vote', p(quotation('"We had had 4 votes," she said, "and twelve abstentions ."', 's1')), pullQuote('Up 7 per cent , on Sep 9')),
  section('Riders', bulletList('2 riders paid 5%', 'Fares rose 5 % on 5 August'), blockquote(p("It's on-line on 03/04/2026 ; TK."))),
);

/** Applies every safe fix in one transaction, as the Style tab's "Fix all" will, until none is left. */
function fixAll(state: EditorState, style = DEFAULT_HOUSE_STYLE): { state: EditorState; passes: number } {
  let passes = 0;
  for (; passes < 5; passes++) {
    const edits = safeFixes(checkStyle(state.doc.toJSON() as DocNode, style));
    if (edits.length === 0) break;
    state = state.apply(editsTransaction(state, edits));
  }
  return { state, passes };
}

describe('applying the safe fixes', () => {
  it('leaves no finding that has a fix, only those a person must decide, and is undone in one step per pass', () => {
    const before = EditorState.create({ doc: schema.nodeFromJSON(body), plugins: [history()] });
    const found = checkStyle(body, DEFAULT_HOUSE_STYLE);
    expect(new Set(found.filter((f) => f.fix).map((f) => f.code))).toEqual(
      new Set(['doubled-words', 'dates', 'space-before-punctuation', 'numbers', 'straight-quotes', 'house-words', 'percent']),
    );
    const { state, passes } = fixAll(before);
    expect(passes).toBeLessThanOrEqual(2);
    const left = checkStyle(state.doc.toJSON() as DocNode, DEFAULT_HOUSE_STYLE);
    expect(left.filter((f) => f.fix)).toEqual([]);
    expect(left.map((f) => [f.code, f.text])).toEqual([
      ['dates', '03/04/2026'],
      ['placeholder', 'TK'],
    ]);
    expect(state.doc.textBetween(0, state.doc.content.size, '\n')).toBe(
      [
        'The council met on Jan. 5, 2026, and three members said “no”. It’s the email, not the website.',
        'The vote',
        '“We had had four votes,” she said, “and 12 abstentions.”',
        'Up 7 percent, on Sept. 9',
        'Riders',
        'Two riders paid 5 percent',
        'Fares rose 5 percent on Aug. 5',
        'It’s online on 03/04/2026; TK.',
      ].join('\n'),
    );
    // The quotation mark (its source) survives the fixes inside it.
    const quoted: string[] = [];
    state.doc.descendants((n) => void (n.isText && n.marks.some((m) => m.type.name === 'quotation') && quoted.push(n.text!)));
    expect(quoted.join('')).toBe('“We had had four votes,” she said, “and 12 abstentions.”');
    let undone = state;
    for (let i = 0; i < passes; i++) undo(undone, (tr) => (undone = undone.apply(tr)));
    expect(undone.doc.eq(before.doc)).toBe(true);
  });

  it('applies nothing for rules the house turned off', () => {
    const style = HouseStyle.parse({ rules: { 'straight-quotes': false, numbers: false } });
    const { state } = fixAll(EditorState.create({ doc: schema.nodeFromJSON(body) }), style);
    const text = state.doc.textContent;
    expect(text).toContain('3 members said "no"');
    expect(text).toContain('twelve abstentions');
  });
});
