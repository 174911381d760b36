import type { StyleRule } from '../rule';

// Spaces before , . ; : ! ? — but not before a decimal (".5") or an ellipsis (" ..."), and not at a block's start.
const SPACE_BEFORE = /(?<=\S)[ \t\u00A0]+([,.;:!?])(?![\d.])/gu;

export const spaceBeforePunctuation: StyleRule = {
  id: 'space-before-punctuation',
  title: 'Space before punctuation',
  description: 'A space before a comma, full stop, semicolon, colon, question or exclamation mark.',
  check(block) {
    return [...block.text.matchAll(SPACE_BEFORE)].map((m) => ({
      from: m.index,
      to: m.index + m[0].length,
      message: `Space before “${m[1]}”.`,
      fix: m[1],
    }));
  },
};
