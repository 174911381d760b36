import type { DocNode } from '../article/model';
import { textBlocks, type TextBlock } from '../analysis/doc-walk';
import type { HouseStyle } from './house-style';
import type { StyleFinding, StyleRule, TextEdit } from './rule';
import { STYLE_RULES } from './rules';

/** Whether the house style has a rule on (rules are on unless the file turns them off). */
export function ruleEnabled(style: HouseStyle, id: string): boolean {
  return style.rules[id] !== false;
}

/**
 * The Style tab: every finding of every rule that is on, in document order, with positions the editor
 * selects exactly. Pass the blocks if they are already walked (the other panels walk the same body).
 */
export function checkStyle(
  body: DocNode,
  style: HouseStyle,
  opts: { rules?: readonly StyleRule[]; blocks?: TextBlock[] } = {},
): StyleFinding[] {
  const rules = (opts.rules ?? STYLE_RULES).filter((r) => ruleEnabled(style, r.id));
  const findings: StyleFinding[] = [];
  for (const block of opts.blocks ?? textBlocks(body)) {
    for (const rule of rules) {
      for (const hit of rule.check(block, style)) {
        const range = { from: block.contentFrom + hit.from, to: block.contentFrom + hit.to };
        findings.push({
          code: rule.id,
          message: hit.message,
          target: { kind: 'text', range },
          text: block.text.slice(hit.from, hit.to),
          fix: hit.fix === undefined ? null : { ...range, text: hit.fix },
        });
      }
    }
  }
  return findings.sort((a, b) => a.target.range.from - b.target.range.from || a.target.range.to - b.target.range.to);
}

/**
 * The one-click fixes of these findings, ready to apply together: overlapping fixes are dropped after
 * the first (the next check finds what is left), and the list runs from the end of the document back,
 * so applying one never shifts the next.
 */
export function safeFixes(findings: readonly StyleFinding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let end = -1;
  for (const f of [...findings].sort((a, b) => a.target.range.from - b.target.range.from)) {
    if (!f.fix || f.fix.from < end) continue;
    edits.push(f.fix);
    end = f.fix.to;
  }
  return edits.reverse();
}
