import { Mark, mergeAttributes } from '@tiptap/core';
import { dataAttr } from './data-attr';

/** Words that state a checkable fact; the claim's status and evidence live in `article.claims` under `claimId`. */
export const Claim = Mark.create({
  name: 'claim',
  inclusive: false,
  addAttributes() {
    return {
      claimId: dataAttr('claimId', 'data-claim-id'),
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-type="claim"]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-type': 'claim', class: 'claim' }, HTMLAttributes), 0];
  },
});
