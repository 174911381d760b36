import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Comment as CommentMark } from '../../../../../shared/schema/comment';
import { REVIEW_REDRAW } from './suggestion-mode';

/**
 * The shared comment mark, drawn by the editor: words whose every comment is resolved lose their
 * highlight (the mark stays, so reopening the thread brings it back). Whether a thread is resolved
 * lives in the review data, which the review controller reaches through `storage.resolved`.
 */

export interface CommentStorage {
  resolved: (id: string) => boolean;
}

declare module '@tiptap/core' {
  interface Storage {
    comment: CommentStorage;
  }
}

const key = new PluginKey<DecorationSet>('resolvedComments');

function resolvedDecorations(doc: PMNode, resolved: (id: string) => boolean): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const comments = node.marks.filter((m) => m.type.name === 'comment');
    if (comments.length && comments.every((m) => resolved(String(m.attrs.id)))) decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: 'comments-resolved' }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

export const Comment = CommentMark.extend<Record<string, never>, CommentStorage>({
  addStorage() {
    return { resolved: () => false };
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => resolvedDecorations(state.doc, storage.resolved),
          apply: (tr, set) => (tr.docChanged || tr.getMeta(REVIEW_REDRAW) ? resolvedDecorations(tr.doc, storage.resolved) : set),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
