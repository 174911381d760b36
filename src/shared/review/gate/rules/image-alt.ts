import { eachImage } from '../../../analysis/doc-walk';
import { excerpt } from '../../../analysis/target';
import type { GateItem, GateRule } from '../types';

/** Every picture says what it shows, for readers who cannot see it (and for search engines and feeds). */
export const imageAltRule: GateRule = {
  id: 'image-alt',
  title: 'Pictures have alt text',
  check: ({ article }) => {
    const items: GateItem[] = [];
    let n = 0;
    eachImage(article.body, (image, from) => {
      n++;
      const alt = typeof image.attrs?.alt === 'string' ? image.attrs.alt.trim() : '';
      if (alt) return;
      const caption = typeof image.attrs?.caption === 'string' ? image.attrs.caption.trim() : '';
      items.push({
        rule: 'image-alt',
        key: `image-${n}`,
        severity: 'block',
        message: `Picture ${n}${caption ? ` (“${excerpt(caption, 50)}”)` : ''} has no alt text: describe what it shows for readers who cannot see it.`,
        target: { kind: 'text', range: { from, to: from + 1 } },
      });
    });
    return items;
  },
};
