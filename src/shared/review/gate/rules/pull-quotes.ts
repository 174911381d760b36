import type { GateItem, GateRule } from '../types';

/** A pull quote must repeat the body word for word; one without its source only warns. */
const BLOCKING = new Set(['pull-quote-empty', 'pull-quote-not-verbatim']);
const WARNING = new Set(['pull-quote-no-source', 'pull-quote-unknown-source', 'pull-quote-source-mismatch']);

export const pullQuotesRule: GateRule = {
  id: 'pull-quotes-verbatim',
  title: 'Every pull quote verbatim',
  check: ({ attribution }) =>
    attribution.warnings
      .filter((w) => BLOCKING.has(w.code) || WARNING.has(w.code))
      .map((w, i): GateItem => ({
        rule: 'pull-quotes-verbatim',
        key: `${w.code}-${i}`,
        severity: BLOCKING.has(w.code) ? 'block' : 'warn',
        message: w.message,
        target: w.target,
      })),
};
