import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionIdAttr } from './suggestion-attrs';

/**
 * Text or a whole block suggested in (prosemirror-suggest-changes' `insertion`, with its exact spec).
 * Who suggested it and whether it is decided are in `article.review.suggestions` under the id.
 */
export const Insertion = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes() {
    return { id: suggestionIdAttr() };
  },
  parseHTML() {
    return [{ tag: 'ins[data-type="insertion"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['ins', mergeAttributes({ 'data-type': 'insertion', class: 'suggestion-insertion' }, HTMLAttributes), 0];
  },
});
