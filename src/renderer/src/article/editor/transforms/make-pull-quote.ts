import { newId } from '../../../../../shared/ids';
import type { ResolvedPos } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

export const newPullQuoteId = (): string => newId('pq');

/**
 * Where a new block goes "after the current block": after the ancestor that sits directly in the
 * body or in a section (so never inside a list or a quote), or after the title when in one.
 */
export function afterCurrentBlock($pos: ResolvedPos): number {
  for (let d = $pos.depth; d >= 1; d--) {
    const parent = $pos.node(d - 1).type.name;
    if (parent === 'doc' || parent === 'section') {
      if ($pos.node(d).type.name === 'section') return $pos.start(d) + ($pos.node(d).firstChild?.nodeSize ?? 0);
      return $pos.after(d);
    }
  }
  return $pos.depth === 0 ? $pos.pos : $pos.after(1);
}

/** The source of the first quotation mark under the selection, so a pull quote inherits who said it. */
export function quotationSourceIn(state: EditorState, from: number, to: number): string | null {
  let found: string | null = null;
  state.doc.nodesBetween(from, to, (node) => {
    if (found !== null) return false;
    if (!node.isText) return true;
    const mark = node.marks.find((m) => m.type.name === 'quotation' && typeof m.attrs.sourceId === 'string' && m.attrs.sourceId !== '');
    if (mark) found = mark.attrs.sourceId as string;
    return false;
  });
  return found;
}

/**
 * "Make pull quote": repeats the selected words (as plain text) in a pull quote placed after the
 * block holding the selection, attributed to the quotation's source if the words carry one.
 */
export function makePullQuote(state: EditorState, id: string = newPullQuoteId()): Transaction | null {
  const { from, to, $to, empty } = state.selection;
  if (empty) return null;
  const text = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const sourceId = quotationSourceIn(state, from, to);
  const node = state.schema.nodes.pullQuote.create({ id, sourceId }, state.schema.text(text));
  const at = afterCurrentBlock($to);
  const tr = state.tr.insert(at, node);
  tr.setSelection(TextSelection.create(tr.doc, at + 1 + text.length));
  return tr.scrollIntoView();
}

/** "Insert pull quote": an empty pull quote after the current block, ready to type in. */
export function insertPullQuote(state: EditorState, id: string = newPullQuoteId()): Transaction {
  const at = afterCurrentBlock(state.selection.$from);
  const tr = state.tr.insert(at, state.schema.nodes.pullQuote.create({ id, sourceId: null }));
  tr.setSelection(TextSelection.create(tr.doc, at + 1));
  return tr.scrollIntoView();
}
