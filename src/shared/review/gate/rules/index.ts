import type { GateRule } from '../types';
import { placeholdersRule } from './placeholders';
import { offTheRecordRule } from './off-the-record';
import { quotationsRule } from './quotations';
import { pullQuotesRule } from './pull-quotes';
import { imageAltRule } from './image-alt';
import { anonymityRule } from './anonymity';
import { suggestionsRule } from './suggestions';
import { commentsRule } from './comments';
import { claimsRule } from './claims';
import { lengthsRule } from './lengths';
import { bylineRule } from './byline';
import { wordCountRule } from './word-count';
import { legalRule } from './legal';
import { embargoRule } from './embargo';

/** The publish-readiness checklist, in the order it is shown. A new rule is a file in this folder and a line here. */
export const GATE_RULES: GateRule[] = [
  placeholdersRule,
  offTheRecordRule,
  quotationsRule,
  pullQuotesRule,
  imageAltRule,
  anonymityRule,
  suggestionsRule,
  commentsRule,
  claimsRule,
  lengthsRule,
  bylineRule,
  wordCountRule,
  legalRule,
  embargoRule,
];
