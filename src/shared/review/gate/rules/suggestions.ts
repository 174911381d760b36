import { SUGGESTION_KIND_LABELS } from '../../../article/labels';
import { excerpt } from '../../../analysis/target';
import { isLive } from '../../counts';
import type { GateRule } from '../types';

/** Every suggestion accepted or rejected: exports leave pending ones out, so publishing past them loses an edit. */
export const suggestionsRule: GateRule = {
  id: 'no-pending-suggestions',
  title: 'No pending suggestions',
  check: ({ article, anchors }) =>
    Object.values(article.review.suggestions)
      .filter((s) => isLive(s, anchors))
      .map((s) => {
        const anchor = anchors.suggestions.get(s.id);
        const words = s.field ? `${s.field.name}: “${excerpt(s.field.to, 40)}”` : anchor ? `“${excerpt(anchor.inserted || anchor.deleted || '…', 40)}”` : '';
        const by = s.author.trim() || 'an unknown author';
        return {
          rule: 'no-pending-suggestions',
          key: s.id,
          severity: 'block' as const,
          message: `${SUGGESTION_KIND_LABELS[s.kind]} by ${by} is still pending${words ? ` (${words})` : ''}: accept or reject it.`,
          target: s.field
            ? { kind: 'field' as const, field: s.field.name === 'desk' || s.field.name === 'assignee' ? ('byline' as const) : s.field.name }
            : { kind: 'suggestion' as const, suggestionId: s.id, range: anchor ? { from: anchor.ranges[0].from, to: anchor.ranges[anchor.ranges.length - 1].to } : null },
        };
      }),
};
