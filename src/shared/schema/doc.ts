import { Node } from '@tiptap/core';

/**
 * The article body: free blocks (lede, nut graf) followed by titled sections. Sections never nest,
 * so moving one moves its title and everything under it.
 */
export const Doc = Node.create({
  name: 'doc',
  topNode: true,
  content: 'block* section*',
});
