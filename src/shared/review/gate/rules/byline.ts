import type { GateRule } from '../types';

/** Someone's name is on the story ("By" alone, as a new article's byline may be, is not a name). */
export const bylineRule: GateRule = {
  id: 'byline',
  title: 'Byline present',
  check: ({ article }) =>
    /[\p{L}\p{N}]/u.test(article.byline.replace(/^\s*by\b/i, ''))
      ? []
      : [{ rule: 'byline', key: 'byline', severity: 'block', message: 'The story has no byline.', target: { kind: 'field', field: 'byline' } }],
};
