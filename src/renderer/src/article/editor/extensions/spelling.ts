import { Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** A misspelt word in a text block, in offsets of the block's text. */
export interface BlockMisspelling {
  word: string;
  from: number;
  to: number;
}

/** A text block in view, as the spellchecker reads it: one character per document position. */
export interface VisibleBlock {
  /** Document position of the block's first character. */
  from: number;
  text: string;
}

/** New underlines for some blocks (the rest keep theirs): what one check of the blocks in view found. */
export interface SpellingUpdate {
  blocks: { from: number; length: number; misspellings: BlockMisspelling[] }[];
  /** Start again (the dictionary, the language or the ignored words changed). */
  reset?: boolean;
}

const spellingKey = new PluginKey<DecorationSet>('spelling');

export function blockText(node: PMNode): string {
  return node.textBetween(0, node.content.size, undefined, () => '\uFFFC');
}

/** The text blocks between two document positions (the part of the body on screen). */
export function blocksBetween(doc: PMNode, from: number, to: number): VisibleBlock[] {
  const out: VisibleBlock[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isTextblock) return true;
    out.push({ from: pos + 1, text: blockText(node) });
    return false;
  });
  return out;
}

function apply(state: EditorState, set: DecorationSet, update: SpellingUpdate): DecorationSet {
  let next = update.reset ? DecorationSet.empty : set;
  const size = state.doc.content.size;
  for (const b of update.blocks) {
    if (b.from + b.length > size) continue;
    next = next.remove(next.find(b.from, b.from + b.length));
    next = next.add(
      state.doc,
      b.misspellings.map((m) => Decoration.inline(b.from + m.from, b.from + m.to, { class: 'misspelling' }, { word: m.word })),
    );
  }
  return next;
}

/** Underlines misspellings that the spelling session found; between checks they follow the edits. */
export function setSpelling(view: EditorView, update: SpellingUpdate): void {
  view.dispatch(view.state.tr.setMeta(spellingKey, update).setMeta('addToHistory', false));
}

/** The misspelt word at a position, with its range, if there is one. */
export function misspellingAt(state: EditorState, pos: number): { word: string; from: number; to: number } | null {
  const set = spellingKey.getState(state);
  const hit = set?.find(pos, pos).find((d) => d.from <= pos && pos <= d.to);
  return hit ? { word: (hit.spec as { word: string }).word, from: hit.from, to: hit.to } : null;
}

/** The underlines of misspelt words; the spelling session (spelling/) decides what they are. */
export const Spelling = Extension.create({
  name: 'spelling',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: spellingKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set, _old, state) {
            const mapped = tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
            const update = tr.getMeta(spellingKey) as SpellingUpdate | undefined;
            if (!update) {
              if (!tr.docChanged) return mapped;
              // The words being typed are not underlined until the next check (no flag on a half-typed word).
              const touched: Decoration[] = [];
              tr.mapping.maps.forEach((map, i) =>
                map.forEach((_a, _b, from, to) => {
                  const m = tr.mapping.slice(i + 1);
                  touched.push(...mapped.find(m.map(from, -1), m.map(to, 1)));
                }),
              );
              return touched.length ? mapped.remove(touched) : mapped;
            }
            return apply(state, mapped, update);
          },
        },
        props: { decorations: (state) => spellingKey.getState(state) },
      }),
    ];
  },
});
