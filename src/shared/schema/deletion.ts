import { Mark, mergeAttributes } from '@tiptap/core';
import { suggestionIdAttr } from './suggestion-attrs';

/**
 * Text or a whole block suggested out (prosemirror-suggest-changes' `deletion`, with its exact spec):
 * still in the document, struck through, until the suggestion is accepted.
 */
export const Deletion = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes() {
    return { id: suggestionIdAttr() };
  },
  parseHTML() {
    return [{ tag: 'del[data-type="deletion"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['del', mergeAttributes({ 'data-type': 'deletion', class: 'suggestion-deletion' }, HTMLAttributes), 0];
  },
});
