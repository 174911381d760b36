/**
 * Which nodes may carry the review marks, in one place (no TipTap import, so pure readers of the
 * file format can use it too). Suggestion marks sit on text and, for a whole block inserted or
 * deleted, on the block itself: every container whose children can be such a block must allow them.
 */
export const SUGGESTION_MARK_NAMES = ['insertion', 'deletion', 'modification'] as const;
export type SuggestionMarkName = (typeof SUGGESTION_MARK_NAMES)[number];

/** The `marks` spec of a container whose child blocks can be suggested in or out. */
export const BLOCK_SUGGESTION_MARKS = SUGGESTION_MARK_NAMES.join(' ');

/** The `marks` spec of a plain-text block (section title, pull quote): comments and suggestions, no formatting. */
export const REVIEW_MARKS_ONLY = `comment ${BLOCK_SUGGESTION_MARKS}`;
