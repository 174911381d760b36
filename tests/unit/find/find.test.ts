import { history, undo } from '@tiptap/pm/history';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { applyToText, findInDoc, findInText, replacementEdits, type FindMatch, type FindResult } from '../../../src/shared/find/find';
import { compileQuery, nestedQuantifier } from '../../../src/shared/find/pattern';
import { replaceAllTransaction, replaceOneTransaction } from '../../../src/shared/find/replace';
import { articleSchema } from '../../../src/shared/schema';
import { blockquote, bold, bulletList, doc, hardBreak, orderedList, p, pullQuote, quotation, section } from '../helpers/doc-builder';

const schema = articleSchema();

const body = doc(
  p('The ferry runs; the Ferry board met. ', bold('ferry'), 'man and ferries.'),
  section('Ferry costs', p(quotation('“The ferry is late,” said Ruiz.', 's1')), pullQuote('The ferry is late')),
  section('Riders', bulletList('One ferry rider', 'Two'), orderedList('First ferry'), blockquote(p('A ferry', hardBreak(), 'line two'))),
);
const pm = schema.nodeFromJSON(body);

function matches(r: FindResult): FindMatch[] {
  if (!r.ok) throw new Error(r.error);
  return r.matches;
}

describe('finding in the article body', () => {
  it('finds in paragraphs, section titles, quotations, pull quotes, list items and block quotes, with exact positions', () => {
    const found = matches(findInDoc(pm, { query: 'ferry' }));
    // Three in the first paragraph (one in bold, "ferryman"), then the title, the quotation, the pull quote, both lists and the block quote.
    expect(found.map((m) => m.text)).toEqual(['ferry', 'Ferry', 'ferry', 'Ferry', 'ferry', 'ferry', 'ferry', 'ferry', 'ferry']);
    for (const m of found) expect(pm.textBetween(m.from, m.to)).toBe(m.text);
  });

  it('gives the same positions from the editor’s document and from the saved JSON', () => {
    const q = { query: 'line|ferry', regex: true };
    expect(matches(findInDoc(body, q)).map((m) => [m.from, m.to])).toEqual(matches(findInDoc(pm, q)).map((m) => [m.from, m.to]));
  });

  it('matches case and whole words when asked', () => {
    expect(matches(findInDoc(pm, { query: 'Ferry', matchCase: true })).map((m) => m.text)).toEqual(['Ferry', 'Ferry']);
    const whole = matches(findInDoc(pm, { query: 'ferry', wholeWord: true }));
    expect(whole).toHaveLength(8);
    expect(whole.some((m) => pm.textBetween(m.from, m.to + 3) === 'ferryman')).toBe(false);
    expect(matches(findInDoc(pm, { query: 'ferr', wholeWord: true }))).toEqual([]);
  });

  it('takes the query literally unless it is a regular expression', () => {
    const d = schema.nodeFromJSON(doc(p('Costs $4.5m (est.) or 4x5m.')));
    expect(matches(findInDoc(d, { query: '$4.5m (est.)' })).map((m) => m.text)).toEqual(['$4.5m (est.)']);
    expect(matches(findInDoc(d, { query: '4.5m', regex: true })).map((m) => m.text)).toEqual(['4.5m', '4x5m']);
  });

  it('never matches across blocks or a line break’s block boundary, and skips empty matches', () => {
    expect(matches(findInDoc(pm, { query: 'ferries\\.\\s*Ferry', regex: true }))).toEqual([]);
    expect(matches(findInDoc(pm, { query: 'late\\s+The', regex: true }))).toEqual([]);
    expect(matches(findInDoc(pm, { query: 'ferry\\nline', regex: true })).map((m) => m.text)).toEqual(['ferry\nline']);
    expect(matches(findInDoc(pm, { query: 'x*', regex: true }))).toEqual([]);
  });
});

describe('bad and dangerous patterns', () => {
  it('explains a bad regular expression instead of throwing', () => {
    expect(findInDoc(pm, { query: '(ferry', regex: true })).toEqual({ ok: false, error: 'That regular expression is not valid: unterminated group.' });
    expect(findInDoc(pm, { query: '' })).toEqual({ ok: false, error: 'Type something to find.' });
    expect(findInDoc(pm, { query: '(ferry', regex: false }).ok).toBe(true);
  });

  it('refuses nested repetition, which can take exponential time, and allows ordinary repetition', () => {
    for (const bad of ['(a+)+$', '(\\w*\\s?)*x', '(x+y?){2,}', '((ab)*c)+', '(a{1,}b)*']) expect(nestedQuantifier(bad), bad).toBe(true);
    for (const ok of ['(ab)+', 'a+b*', '(cat|dog)s?', '[(a+)]+', '\\(a+\\)+', '(a+)?', '(a{2}){3}', 'x{2,5}']) expect(nestedQuantifier(ok), ok).toBe(false);
    const r = compileQuery({ query: '(a+)+$', regex: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/repeats a repetition/);
  });

  it('stops at the match limit and at the time budget, and says which', () => {
    const many = schema.nodeFromJSON(doc(...Array.from({ length: 50 }, () => p('a a a a a a a a a a'))));
    const capped = findInDoc(many, { query: 'a' }, { maxMatches: 100 });
    expect(capped).toMatchObject({ ok: true, stopped: 'too-many' });
    expect(matches(capped)).toHaveLength(100);
    let clock = 0;
    const slow = findInDoc(many, { query: 'a' }, { maxMs: 5, now: () => (clock += 1) });
    expect(slow).toMatchObject({ ok: true, stopped: 'too-slow' });
    expect(matches(slow).length).toBeLessThan(500);
    expect(findInDoc(many, { query: 'a' })).toMatchObject({ ok: true, stopped: null });
  });
});

describe('replacing', () => {
  it('replaces all as one undo step, keeping marks, with $1 groups in a regular expression', () => {
    const state = EditorState.create({ doc: pm, plugins: [history()] });
    const r = replaceAllTransaction(state, { query: '\\b([Ff])erry\\b', regex: true }, '$1erry boat');
    if (!r.ok) throw new Error(r.error);
    expect(r.count).toBe(8);
    const next = state.apply(r.tr);
    expect(next.doc.textContent).toContain('The ferry boat runs; the Ferry boat board met. ferryman');
    expect(next.doc.textContent).toContain('“The ferry boat is late,” said Ruiz.');
    let quoted = '';
    next.doc.descendants((n) => void (n.isText && n.marks.some((m) => m.type.name === 'quotation') && (quoted += n.text)));
    expect(quoted).toBe('“The ferry boat is late,” said Ruiz.');
    let undone = next;
    expect(undo(next, (tr) => (undone = next.apply(tr)))).toBe(true);
    expect(undone.doc.eq(pm)).toBe(true);
  });

  it('replaces with nothing, and literally when not a regular expression', () => {
    const state = EditorState.create({ doc: schema.nodeFromJSON(doc(p('Cost: $1 (about $1).'))) });
    const literal = replaceAllTransaction(state, { query: '$1' }, '$2');
    if (!literal.ok) throw new Error(literal.error);
    expect(state.apply(literal.tr).doc.textContent).toBe('Cost: $2 (about $2).');
    const gone = replaceAllTransaction(state, { query: ' \\(.*\\)', regex: true }, '');
    if (!gone.ok) throw new Error(gone.error);
    expect(state.apply(gone.tr).doc.textContent).toBe('Cost: $1.');
  });

  it('replaces one match, and refuses one whose text has since changed', () => {
    const state = EditorState.create({ doc: pm });
    const [first] = matches(findInDoc(state.doc, { query: 'ferry' }));
    const tr = replaceOneTransaction(state, first, 'boat', { query: 'ferry' })!;
    const next = state.apply(tr);
    expect(next.doc.textContent.startsWith('The boat runs; the Ferry board met.')).toBe(true);
    expect(replaceOneTransaction(next, first, 'boat', { query: 'ferry' })).toBeNull();
  });

  it('expands $&, $`, $\', $<name> and $$, and keeps what names no group', () => {
    const [m] = matches(findInText('pay 40 now', { query: '(?<n>\\d+)', regex: true }));
    const q = { query: '', regex: true };
    expect(['[$&]', '$<n>%', '$$$1', '$2', '$`|', "|$'", '$<x>'].map((r) => replacementEdits([m], r, q)[0].text)).toEqual(['[40]', '40%', '$40', '$2', 'pay |', '| now', '$<x>']);
  });
});

describe('fields (headline, dek…)', () => {
  it('finds and replaces in a string with the same options', () => {
    const headline = 'Ferry fares rise; ferry riders protest';
    const q = { query: 'ferry', wholeWord: true };
    const found = matches(findInText(headline, q));
    expect(found.map((m) => [m.from, m.to])).toEqual([
      [0, 5],
      [18, 23],
    ]);
    expect(applyToText(headline, replacementEdits(found, 'boat', q))).toBe('boat fares rise; boat riders protest');
  });
});
