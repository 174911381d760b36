import { Mark, mergeAttributes } from '@tiptap/core';
import { jsonAttr, suggestionIdAttr } from './suggestion-attrs';

/**
 * A suggested change that keeps the words (prosemirror-suggest-changes' `modification`, with its exact
 * spec): on a block, its type, an attribute or a node mark changed; on text (our own use, see
 * review/suggest.ts), a formatting mark or a quotation's source changed, `attrName` naming the mark.
 * `previousValue` is what rejecting it restores.
 */
export const Modification = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes() {
    return {
      id: suggestionIdAttr(),
      type: {
        isRequired: true,
        validate: 'string',
        parseHTML: (el: { getAttribute(n: string): string | null }) => el.getAttribute('data-modification') ?? 'mark',
        renderHTML: (attrs: Record<string, unknown>) => ({ 'data-modification': String(attrs.type) }),
      },
      attrName: {
        default: null,
        validate: 'string|null',
        parseHTML: (el: { getAttribute(n: string): string | null }) => el.getAttribute('data-attr-name'),
        renderHTML: (attrs: Record<string, unknown>) => (typeof attrs.attrName === 'string' ? { 'data-attr-name': attrs.attrName } : {}),
      },
      previousValue: jsonAttr('previousValue', 'data-previous'),
      newValue: jsonAttr('newValue', 'data-new'),
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="modification"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': 'modification', class: 'suggestion-modification' }, HTMLAttributes), 0];
  },
});
