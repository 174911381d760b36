import { Blockquote } from '@tiptap/extension-blockquote';
import { BulletList, ListItem, OrderedList } from '@tiptap/extension-list';
import { BLOCK_SUGGESTION_MARKS } from './review-marks';

/**
 * StarterKit's containers, extended so their child blocks (a list item, a quoted paragraph) can
 * carry a suggestion mark when suggested in or out as a whole. ProseMirror lets a node hold only
 * the marks its parent allows, and these allow none by default. Our own containers (doc, section)
 * say so in their own spec. StarterKit's copies are switched off in index.ts.
 */
const withBlockSuggestions = { marks: BLOCK_SUGGESTION_MARKS };

export const SuggestibleBlockquote = Blockquote.extend(withBlockSuggestions);
export const SuggestibleBulletList = BulletList.extend(withBlockSuggestions);
export const SuggestibleOrderedList = OrderedList.extend(withBlockSuggestions);
export const SuggestibleListItem = ListItem.extend(withBlockSuggestions);

export const SUGGESTIBLE_CONTAINERS = [SuggestibleBlockquote, SuggestibleBulletList, SuggestibleOrderedList, SuggestibleListItem];
