import type { GateItem, GateRule } from '../types';

/** Headline, dek and slug within the desk's limits (characters, as CMS fields count them). */
export const lengthsRule: GateRule = {
  id: 'lengths',
  title: 'Headline, dek and slug within their limits',
  check: ({ article, options }) => {
    const items: GateItem[] = [];
    const limit = (field: 'headline' | 'dek' | 'slug', label: string, max: number) => {
      const n = [...article[field].trim()].length;
      if (n > max) {
        items.push({ rule: 'lengths', key: field, severity: 'warn', message: `The ${label} is ${n} characters; the limit is ${max}.`, target: { kind: 'field', field } });
      }
    };
    if (!article.headline.trim()) {
      items.push({ rule: 'lengths', key: 'headline-empty', severity: 'block', message: 'The story has no headline.', target: { kind: 'field', field: 'headline' } });
    }
    if (!article.slug.trim()) {
      items.push({ rule: 'lengths', key: 'slug-empty', severity: 'warn', message: 'The story has no slug.', target: { kind: 'field', field: 'slug' } });
    }
    limit('headline', 'headline', options.maxHeadline);
    limit('dek', 'dek', options.maxDek);
    limit('slug', 'slug', options.maxSlug);
    return items;
  },
};
