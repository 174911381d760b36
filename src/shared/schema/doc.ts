import { Node } from '@tiptap/core';
import { BLOCK_SUGGESTION_MARKS } from './review-marks';

/**
 * The article body: free blocks (lede, nut graf) followed by titled sections. Sections never nest,
 * so moving one moves its title and everything under it.
 */
export const Doc = Node.create({
  name: 'doc',
  topNode: true,
  content: 'block* section*',
  // A block or a whole section suggested in or out carries the suggestion mark itself.
  marks: BLOCK_SUGGESTION_MARKS,
});
