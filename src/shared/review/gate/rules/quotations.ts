import type { GateItem, GateRule } from '../types';

const CODES = new Set(['unattributed-quote', 'quotation-without-source', 'quotation-unknown-source']);

/** Every quotation is attributed to a source in the article. */
export const quotationsRule: GateRule = {
  id: 'quotations-attributed',
  title: 'Every quotation attributed',
  check: ({ attribution }) =>
    attribution.warnings
      .filter((w) => CODES.has(w.code))
      .map((w, i): GateItem => ({ rule: 'quotations-attributed', key: `${w.code}-${i}`, severity: 'block', message: w.message, target: w.target })),
};
