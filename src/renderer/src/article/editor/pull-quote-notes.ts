import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import type { AttributionAnalysis } from '../../../../shared/analysis/attribution';
import { sourceLine } from '../../../../shared/article/labels';
import type { Source } from '../../../../shared/article/model';

/** What a pull quote shows about itself besides its words: who said them and what is wrong. */
export interface PullQuoteNote {
  /** "Morag Bell, chair, Transport Committee"; null when the pull quote names no source. */
  source: string | null;
  warnings: string[];
}

export interface PullQuoteNotes {
  byId: Map<string, PullQuoteNote>;
  /** For pull quotes saved without an id, by their order in the body. */
  byIndex: PullQuoteNote[];
}

/** The notes an attribution analysis gives the pull quotes: each one's source line and, unless left out, its warnings. */
export function pullQuoteNotesOf(attribution: AttributionAnalysis, sources: readonly Source[], { warnings = true } = {}): PullQuoteNotes {
  const names = new Map(sources.map((s) => [s.id, sourceLine(s)]));
  const note = (p: AttributionAnalysis['pullQuotes'][number]): PullQuoteNote => ({
    source: p.sourceId ? (names.get(p.sourceId) ?? null) : null,
    warnings: warnings
      ? attribution.warnings.filter((w) => w.target.kind === 'pullQuote' && (p.id ? w.target.pullQuoteId === p.id : w.target.index === p.index)).map((w) => w.message)
      : [],
  });
  return {
    byId: new Map(attribution.pullQuotes.filter((p) => p.id).map((p) => [p.id!, note(p)])),
    byIndex: attribution.pullQuotes.map(note),
  };
}

export const pullQuoteNotesKey = new PluginKey<DecorationSet>('pullQuoteNotes');

/**
 * Hands the latest analysis to the pull quotes. Node decorations carry each note to its node view,
 * so only pull quotes are touched, and only when the (debounced) analysis changes; between
 * analyses the decorations just follow the edits. Not an undoable step, not an edit.
 */
export function setPullQuoteNotes(view: EditorView, notes: PullQuoteNotes): void {
  view.dispatch(view.state.tr.setMeta(pullQuoteNotesKey, notes).setMeta('addToHistory', false));
}

export function pullQuoteNotesPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: pullQuoteNotesKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const notes = tr.getMeta(pullQuoteNotesKey) as PullQuoteNotes | undefined;
        if (!notes) return set.map(tr.mapping, tr.doc);
        const decos: Decoration[] = [];
        let index = 0;
        tr.doc.descendants((node, pos) => {
          if (node.type.name !== 'pullQuote') return !node.isTextblock;
          const id = node.attrs.id as string | null;
          const note = (id ? notes.byId.get(id) : undefined) ?? notes.byIndex[index];
          index += 1;
          if (note) decos.push(Decoration.node(pos, pos + node.nodeSize, {}, { pullQuoteNote: note }));
          return false;
        });
        return DecorationSet.create(tr.doc, decos);
      },
    },
    props: {
      decorations: (state) => pullQuoteNotesKey.getState(state),
    },
  });
}
