import type { GateRule } from '../types';

/** Only for Published: an embargo still in the future means the story may not go out yet. */
export const embargoRule: GateRule = {
  id: 'embargo',
  title: 'Embargo has passed',
  check: ({ article, target, now }) => {
    if (target !== 'published' || article.embargo === null) return [];
    const until = Date.parse(article.embargo);
    if (Number.isNaN(until)) {
      return [{ rule: 'embargo', key: 'embargo', severity: 'block', message: `The embargo time “${article.embargo}” is not a date this app can read.`, target: { kind: 'field', field: 'embargo' } }];
    }
    if (until <= now.getTime()) return [];
    return [{ rule: 'embargo', key: 'embargo', severity: 'block', message: `The story is embargoed until ${new Date(until).toISOString().replace('T', ' ').slice(0, 16)} UTC.`, target: { kind: 'field', field: 'embargo' } }];
  },
};
