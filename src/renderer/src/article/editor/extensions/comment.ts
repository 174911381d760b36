import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';
import { Comment as CommentMark } from '../../../../../shared/schema/comment';
import { REVIEW_REDRAW } from './suggestion-mode';
import { blockDecorationState } from '../block-decorations';

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

function resolvedDecorations(doc: PMNode, from: number, to: number, resolved: (id: string) => boolean): Decoration[] {
  const decorations: Decoration[] = [];
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isInline) return true;
    const comments = node.marks.filter((m) => m.type.name === 'comment');
    if (comments.length && comments.every((m) => resolved(String(m.attrs.id)))) decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: 'comments-resolved' }));
    return false;
  });
  return decorations;
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
        state: blockDecorationState((doc, from, to) => resolvedDecorations(doc, from, to, storage.resolved), REVIEW_REDRAW),
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
