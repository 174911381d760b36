import { PLACEHOLDER } from '../../analysis/claims';
import type { StyleRule } from '../rule';

export const placeholder: StyleRule = {
  id: 'placeholder',
  title: 'TK left in',
  description: '“TK” (to come) marks a fact not yet in hand; a story must not be published with one.',
  check(block) {
    // No fix: only the reporter knows what comes.
    return [...block.text.matchAll(PLACEHOLDER)].map((m) => ({ from: m.index, to: m.index + m[0].length, message: `“${m[0]}” is still to come: fill it in before publishing.` }));
  },
};
