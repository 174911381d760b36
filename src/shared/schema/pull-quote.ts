import { Node, mergeAttributes } from '@tiptap/core';
import { dataAttr } from './data-attr';
import { REVIEW_MARKS_ONLY } from './review-marks';

/**
 * A pull quote: words repeated from the body in large type. Its text must match the body verbatim
 * (see analysis); `sourceId` names the source the words are attributed to.
 */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'text*',
  // No formatting or quotation marks of its own; comments and suggestions, yes.
  marks: REVIEW_MARKS_ONLY,
  defining: true,
  addAttributes() {
    return {
      id: dataAttr('id', 'data-id'),
      sourceId: dataAttr('sourceId', 'data-source-id'),
    };
  },
  parseHTML() {
    return [{ tag: 'aside[data-type="pull-quote"]', contentElement: 'p' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes({ 'data-type': 'pull-quote', class: 'pull-quote' }, HTMLAttributes), ['p', 0]];
  },
});
