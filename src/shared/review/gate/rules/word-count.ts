import { bodyWordCount } from '../../../article/text';
import type { GateRule } from '../types';

/** The length the editor asked for, give or take the desk's tolerance. */
export const wordCountRule: GateRule = {
  id: 'word-count',
  title: 'Word count within the target',
  check: ({ article, options }) => {
    const target = article.wordTarget;
    if (!target) return [];
    const words = bodyWordCount(article.body);
    const slack = Math.round(target * options.wordTolerance);
    if (Math.abs(words - target) <= slack) return [];
    const how = words > target ? `${words - target} over` : `${target - words} short`;
    return [
      {
        rule: 'word-count',
        key: 'word-count',
        severity: 'warn',
        message: `The story is ${words} words, ${how} the target of ${target}${slack ? ` (±${slack} allowed)` : ''}.`,
        target: { kind: 'field', field: 'wordTarget' },
      },
    ];
  },
};
