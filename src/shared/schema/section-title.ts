import { Node, mergeAttributes } from '@tiptap/core';
import { REVIEW_MARKS_ONLY } from './review-marks';

/** The heading of a section; plain text (comments and suggestions aside) so the outline and exports can use it as is. */
export const SectionTitle = Node.create({
  name: 'sectionTitle',
  content: 'text*',
  marks: REVIEW_MARKS_ONLY,
  defining: true,
  parseHTML() {
    return [{ tag: 'h2[data-type="section-title"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes({ 'data-type': 'section-title' }, HTMLAttributes), 0];
  },
});
