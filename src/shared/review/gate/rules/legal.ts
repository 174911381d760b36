import type { GateRule } from '../types';

/** A story that needs a legal read is not published until the lawyer has cleared it. */
export const legalRule: GateRule = {
  id: 'legal',
  title: 'Legal cleared if required',
  check: ({ article }) =>
    article.legal.state === 'required'
      ? [{ rule: 'legal', key: 'legal', severity: 'block', message: 'The story needs a legal read and has not been cleared.', target: { kind: 'field', field: 'legal' } }]
      : [],
};
