import { excerpt } from '../../../analysis/target';
import type { GateRule } from '../types';

/** Comments are questions and instructions: an open one means something may not be dealt with. */
export const commentsRule: GateRule = {
  id: 'no-open-comments',
  title: 'No unresolved comments',
  check: ({ article, anchors, options }) =>
    Object.values(article.review.threads)
      .filter((t) => t.resolvedAt === null)
      .sort((a, b) => (anchors.comments.get(a.id)?.ranges[0].from ?? Infinity) - (anchors.comments.get(b.id)?.ranges[0].from ?? Infinity))
      .map((t) => {
        const anchor = anchors.comments.get(t.id);
        const on = anchor ? `on “${excerpt(anchor.text, 40)}”` : `on deleted text “${excerpt(t.quote, 40)}”`;
        return {
          rule: 'no-open-comments',
          key: t.id,
          severity: options.unresolvedComments,
          message: `A comment by ${t.author.trim() || 'an unknown author'} ${on} is not resolved${t.body ? `: “${excerpt(t.body, 60)}”` : ''}.`,
          target: { kind: 'comment' as const, threadId: t.id, range: anchor ? { from: anchor.ranges[0].from, to: anchor.ranges[anchor.ranges.length - 1].to } : null },
        };
      }),
};
