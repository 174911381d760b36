import type { PERCENT_STYLES } from '../house-style';
import type { RuleHit, StyleRule } from '../rule';

type PercentStyle = (typeof PERCENT_STYLES)[number];

// A figure (with decimals or thousands) followed by any way of writing "percent".
const PERCENTAGE = /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?)(\s?%|\s+per\s?cent(?![\p{L}])|\s+pct\.?(?![\p{L}]))/giu;

function written(figure: string, style: PercentStyle): string {
  return style === '%' ? `${figure}%` : `${figure} ${style}`;
}

export const percent: StyleRule = {
  id: 'percent',
  title: 'Percent',
  description: 'Percentages written the house way: “5 percent”, “5 per cent” or “5%”, with a figure.',
  check(block, style) {
    const hits: RuleHit[] = [];
    for (const m of block.text.matchAll(PERCENTAGE)) {
      const want = written(m[1], style.percent);
      if (m[0] === want) continue;
      hits.push({ from: m.index, to: m.index + m[0].length, message: `House style writes percentages as “${want}”.`, fix: want });
    }
    return hits;
  },
};
