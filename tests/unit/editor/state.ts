import { EditorState, TextSelection } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { articleSchema } from '../../../src/shared/schema';
import type { DocNode } from '../../../src/shared/article/model';

export const schema = articleSchema();

/** The position of `needle` in the document's text (first match), for putting the cursor or selection there. */
export function posOf(doc: PMNode, needle: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isText && node.text!.includes(needle)) found = pos + node.text!.indexOf(needle);
    return true;
  });
  if (found < 0) throw new Error(`"${needle}" not in the document`);
  return found;
}

/** An editor state over `body` with the cursor at `cursor` (text), or `select` selected. */
export function stateOf(body: DocNode, at: { cursor?: string; select?: string } = {}): EditorState {
  const doc = schema.nodeFromJSON(body);
  doc.check();
  let selection = TextSelection.atStart(doc);
  if (at.cursor !== undefined) selection = TextSelection.create(doc, posOf(doc, at.cursor));
  if (at.select !== undefined) {
    const from = posOf(doc, at.select);
    selection = TextSelection.create(doc, from, from + at.select.length);
  }
  return EditorState.create({ doc, selection });
}

/** A readable outline of a body: section titles (and "·" for the intro) with their blocks' text. */
export function shape(doc: PMNode): string[] {
  const out: string[] = [];
  doc.forEach((node) => {
    if (node.type.name === 'section') {
      out.push(`# ${node.firstChild!.textContent}`);
      node.forEach((child, _o, i) => {
        if (i > 0) out.push(`  ${child.type.name === 'paragraph' ? '' : `${child.type.name}: `}${child.textContent}`);
      });
    } else out.push(`· ${node.type.name === 'paragraph' ? '' : `${node.type.name}: `}${node.textContent}`);
  });
  return out;
}
