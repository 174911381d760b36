import { Node, mergeAttributes } from '@tiptap/core';
import { dataAttr } from './data-attr';
import { BLOCK_SUGGESTION_MARKS } from './review-marks';

/** A titled part of the article: a section title followed by its blocks. */
export const Section = Node.create({
  name: 'section',
  content: 'sectionTitle block*',
  marks: BLOCK_SUGGESTION_MARKS,
  defining: true,
  isolating: false,
  addAttributes() {
    return {
      id: dataAttr('id', 'data-id'),
    };
  },
  parseHTML() {
    return [{ tag: 'section[data-type="section"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes({ 'data-type': 'section' }, HTMLAttributes), 0];
  },
});
