import type { Node as PMNode } from '@tiptap/pm/model';
import type { Decoration, NodeView } from '@tiptap/pm/view';
import { PullQuote as PullQuoteNode } from '../../../../../shared/schema/pull-quote';
import { pullQuoteNotesPlugin, type PullQuoteNote } from '../pull-quote-notes';
import { insertPullQuote, makePullQuote } from '../transforms/make-pull-quote';
import { run } from '../transforms/run';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Repeats the selected words in a pull quote after their block, attributed to their quotation's source. */
      makePullQuote: () => ReturnType;
      /** An empty pull quote after the current block, ready to type in. */
      insertPullQuote: () => ReturnType;
      /** Attributes the pull quote holding the cursor to a source. */
      setPullQuoteSource: (sourceId: string) => ReturnType;
    };
  }
}

function noteOf(decorations: readonly Decoration[]): PullQuoteNote | null {
  for (const d of decorations) {
    const note = (d.spec as { pullQuoteNote?: PullQuoteNote }).pullQuoteNote;
    if (note) return note;
  }
  return null;
}

/**
 * A pull quote as the reader will see it: large type between rules, with a source line and any
 * warning under it. Plain DOM (a React view would cost time on every keystroke in a long story).
 */
class PullQuoteView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly sourceLine: HTMLElement;
  private readonly warning: HTMLElement;
  private shown = '';

  constructor(
    private node: PMNode,
    decorations: readonly Decoration[],
  ) {
    this.dom = document.createElement('aside');
    this.dom.className = 'pull-quote';
    this.dom.dataset.type = 'pull-quote';
    this.dom.setAttribute('role', 'figure');
    this.dom.setAttribute('aria-label', 'Pull quote');
    this.contentDOM = document.createElement('p');
    this.contentDOM.className = 'pull-quote-text';
    this.sourceLine = document.createElement('p');
    this.sourceLine.className = 'pull-quote-source';
    this.sourceLine.contentEditable = 'false';
    this.warning = document.createElement('p');
    this.warning.className = 'pull-quote-warning';
    this.warning.contentEditable = 'false';
    this.warning.setAttribute('role', 'note');
    this.dom.append(this.contentDOM, this.sourceLine, this.warning);
    this.render(noteOf(decorations));
  }

  private render(note: PullQuoteNote | null): void {
    const source = note?.source ?? null;
    const warnings = note?.warnings ?? [];
    const key = JSON.stringify([source, warnings, this.node.attrs.sourceId]);
    if (key === this.shown) return;
    this.shown = key;
    this.sourceLine.textContent = source ? `— ${source}` : this.node.attrs.sourceId ? '— …' : 'No source: use “Attribute to…”';
    this.sourceLine.classList.toggle('missing', !source);
    this.warning.hidden = warnings.length === 0;
    this.warning.textContent = warnings.length ? `⚠ ${warnings.join(' ')}` : '';
    this.dom.classList.toggle('has-warning', warnings.length > 0);
    if (this.node.attrs.id) this.dom.dataset.id = String(this.node.attrs.id);
  }

  update(node: PMNode, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render(noteOf(decorations));
    return true;
  }

  ignoreMutation(m: MutationRecord | { type: 'selection'; target: Node }): boolean {
    // Only the quoted words are ProseMirror's; the source line and the warning are ours.
    return m.type !== 'selection' && !this.contentDOM.contains(m.target);
  }
}

export const PullQuote = PullQuoteNode.extend({
  addCommands() {
    return {
      makePullQuote: () => run((state) => makePullQuote(state)),
      insertPullQuote: () => run((state) => insertPullQuote(state)),
      setPullQuoteSource:
        (sourceId) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection;
          if ($from.parent.type.name !== this.name) return false;
          if (dispatch) tr.setNodeMarkup($from.before(), undefined, { ...$from.parent.attrs, sourceId });
          return true;
        },
    };
  },
  addNodeView() {
    return ({ node, decorations }) => new PullQuoteView(node, decorations as readonly Decoration[]);
  },
  addProseMirrorPlugins() {
    return [pullQuoteNotesPlugin()];
  },
});
