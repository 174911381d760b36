import { Mark, mergeAttributes } from '@tiptap/core';
import { dataAttr } from './data-attr';

/** Quoted words linked to the source who said them. */
export const Quotation = Mark.create({
  name: 'quotation',
  inclusive: false,
  excludes: 'quotation',
  addAttributes() {
    return {
      id: dataAttr('id', 'data-id'),
      sourceId: dataAttr('sourceId', 'data-source-id'),
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="quotation"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': 'quotation', class: 'quotation' }, HTMLAttributes), 0];
  },
});
