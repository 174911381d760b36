import type { GateItem, GateRule } from '../types';

/** Newsroom policy: every source granted anonymity (or background) has the reason on file. */
export const anonymityRule: GateRule = {
  id: 'anonymity-reasons',
  title: 'Anonymity reasons present',
  check: ({ attribution }) =>
    attribution.warnings
      .filter((w) => w.code === 'anonymity-without-reason')
      .map((w): GateItem => ({
        rule: 'anonymity-reasons',
        key: w.target.kind === 'source' ? w.target.sourceId : w.message,
        severity: 'block',
        message: w.message,
        target: w.target,
      })),
};
