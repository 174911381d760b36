import { excerpt } from '../../../analysis/target';
import type { GateItem, GateRule } from '../types';

/** Every claim is verified, or waived on purpose with a reason (kept in review.waivers). */
export const claimsRule: GateRule = {
  id: 'claims-verified',
  title: 'Claims verified or waived',
  check: ({ article, claims }) =>
    claims.claims
      .filter((c) => c.inBody && c.status !== 'verified' && !(c.claimId && article.review.waivers[c.claimId]?.reason.trim()))
      .map((c, i): GateItem => ({
        rule: 'claims-verified',
        key: c.claimId ?? `claim-${i}`,
        severity: 'block',
        message: `The claim “${excerpt(c.text)}” is ${c.status}: verify it, or waive it with a reason.`,
        target: { kind: 'claim', claimId: c.claimId, range: c.range },
      })),
};
