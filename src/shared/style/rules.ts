import { dates } from './rules/dates';
import { doubledWords } from './rules/doubled-words';
import { houseWords } from './rules/house-words';
import { numbers } from './rules/numbers';
import { percent } from './rules/percent';
import { placeholder } from './rules/placeholder';
import { spaceBeforePunctuation } from './rules/space-before-punctuation';
import { straightQuotes } from './rules/straight-quotes';
import type { StyleRule } from './rule';

/** Every house-style rule, in the order the Style tab lists them. A new rule is one file and one line here. */
export const STYLE_RULES: readonly StyleRule[] = [placeholder, doubledWords, straightQuotes, spaceBeforePunctuation, numbers, percent, dates, houseWords];
