import { Mark, mergeAttributes } from '@tiptap/core';

/** Quoted words linked to the source who said them. */
export const Quotation = Mark.create({
  name: 'quotation',
  inclusive: false,
  excludes: 'quotation',
  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-id'),
        renderHTML: (attrs) => (attrs.id ? { 'data-id': attrs.id } : {}),
      },
      sourceId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-source-id'),
        renderHTML: (attrs) => (attrs.sourceId ? { 'data-source-id': attrs.sourceId } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="quotation"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': 'quotation', class: 'quotation' }, HTMLAttributes), 0];
  },
});
