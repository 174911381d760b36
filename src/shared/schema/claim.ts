import { Mark, mergeAttributes } from '@tiptap/core';

/** Words that state a checkable fact; the claim's status and evidence live in `article.claims` under `claimId`. */
export const Claim = Mark.create({
  name: 'claim',
  inclusive: false,
  addAttributes() {
    return {
      claimId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-claim-id'),
        renderHTML: (attrs) => (attrs.claimId ? { 'data-claim-id': attrs.claimId } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="claim"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': 'claim', class: 'claim' }, HTMLAttributes), 0];
  },
});
