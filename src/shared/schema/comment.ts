import { Mark, mergeAttributes } from '@tiptap/core';
import { dataAttr } from './data-attr';

/**
 * Words a comment thread is pinned to. Only the id lives in the text; the thread (author, body,
 * replies, resolution) is in `article.review.threads`. Comments may overlap (`excludes: ''`), and
 * typing at either edge does not extend one (`inclusive: false`).
 */
export const Comment = Mark.create({
  name: 'comment',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return {
      id: dataAttr('id', 'data-comment-id'),
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="comment"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': 'comment', class: 'comment' }, HTMLAttributes), 0];
  },
});
