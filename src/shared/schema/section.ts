import { Node, mergeAttributes } from '@tiptap/core';

/** A titled part of the article: a section title followed by its blocks. */
export const Section = Node.create({
  name: 'section',
  content: 'sectionTitle block*',
  defining: true,
  isolating: false,
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-id'),
        renderHTML: (attrs) => (attrs.id ? { 'data-id': attrs.id } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'section[data-type="section"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes({ 'data-type': 'section' }, HTMLAttributes), 0];
  },
});
