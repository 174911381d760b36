import { textBlocks } from '../../../analysis/doc-walk';
import { excerpt } from '../../../analysis/target';
import type { GateItem, GateRule } from '../types';

// A reporter's note that material is off the record: "[OTR: …]", "(off the record)", or OTR on its own.
const MARKER = /\[[^\]]*\b(?:OTR|off[-\s]the[-\s]record)\b[^\]]*\]|\([^)]*\b(?:OTR|off[-\s]the[-\s]record)\b[^)]*\)|(?<![\p{L}\p{N}])OTR(?![\p{L}\p{N}])/giu;
// The phrase in running text may be the story's own words ("spoke off the record"), so it only warns.
const PHRASE = /\boff[-\s]the[-\s]record\b/giu;

/** Nothing marked off the record may be published: a reporter's OTR note left in the copy blocks. */
export const offTheRecordRule: GateRule = {
  id: 'off-the-record',
  title: 'Nothing marked off the record',
  check: ({ article }) => {
    const items: GateItem[] = [];
    for (const block of textBlocks(article.body)) {
      const marked: [number, number][] = [];
      for (const m of block.text.matchAll(MARKER)) {
        const from = block.contentFrom + m.index;
        marked.push([m.index, m.index + m[0].length]);
        items.push({
          rule: 'off-the-record',
          key: `otr-${from}`,
          severity: 'block',
          message: `“${excerpt(m[0])}” is marked off the record: take it out before publishing.`,
          target: { kind: 'text', range: { from, to: from + m[0].length } },
        });
      }
      for (const m of block.text.matchAll(PHRASE)) {
        if (marked.some(([a, b]) => m.index >= a && m.index < b)) continue;
        const from = block.contentFrom + m.index;
        items.push({
          rule: 'off-the-record',
          key: `otr-${from}`,
          severity: 'warn',
          message: `The text says “${excerpt(block.text.slice(Math.max(0, m.index - 30), m.index + 40))}”: check nothing here was said off the record.`,
          target: { kind: 'text', range: { from, to: from + m[0].length } },
        });
      }
    }
    return items;
  },
};
