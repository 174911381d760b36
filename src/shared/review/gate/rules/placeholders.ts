import type { GateItem, GateRule } from '../types';

/** A story must not be published with a "TK" (to come) left in it. */
export const placeholdersRule: GateRule = {
  id: 'no-tk',
  title: 'No TK left',
  check: ({ claims }) =>
    claims.placeholders.map((p, i): GateItem => ({
      rule: 'no-tk',
      key: `tk-${i}`,
      severity: 'block',
      message: `“${p.text}” is still in the ${p.target.kind === 'field' ? p.target.field : 'text'}: fill it in before publishing.`,
      target: p.target,
    })),
};
