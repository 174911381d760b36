import { textBlocks } from '../src/shared/analysis/doc-walk';
import { bodyWordCount } from '../src/shared/article/text';
import type { DocNode } from '../src/shared/article/model';
import { checkStyle, safeFixes } from '../src/shared/style/check-style';
import { DEFAULT_HOUSE_STYLE } from '../src/shared/style/house-style';
import { STYLE_RULES } from '../src/shared/style/rules';
import type { BenchRow } from './run';
import { median } from './spelling';

// Prose with something for most rules in every paragraph: a doubled word, straight quotes, a figure, a date, "e-mail".
const TEXT =
  'The council met on January 5th, 2026 to weigh the the ferry budget, and 3 members argued late. ' +
  '"We had no good options , only less bad ones," said one, who sent an e-mail about the 12 percent rise. ';

function article(words: number): DocNode {
  const perParagraph = TEXT.split(/\s+/).length;
  const sections: DocNode[] = [];
  const paragraphs = Math.ceil(words / perParagraph);
  for (let s = 0; s < 40; s++) {
    const content: DocNode[] = [{ type: 'sectionTitle', content: [{ type: 'text', text: `Part ${s + 1}` }] }];
    for (let i = 0; i < paragraphs / 40; i++) content.push({ type: 'paragraph', content: [{ type: 'text', text: TEXT }] });
    sections.push({ type: 'section', attrs: { id: `s${s}` }, content });
  }
  return { type: 'doc', content: sections };
}

/** The house-style check on a 20,000-word article: all rules, each rule alone, and the walk they share. */
export async function bench(): Promise<BenchRow[]> {
  const body = article(20_000);
  const blocks = textBlocks(body);
  const findings = checkStyle(body, DEFAULT_HOUSE_STYLE);
  const rows: BenchRow[] = [
    { name: 'article size', value: bodyWordCount(body), unit: 'words' },
    { name: 'findings', value: findings.length, unit: 'findings' },
    { name: 'all rules, with the walk', value: median(() => checkStyle(body, DEFAULT_HOUSE_STYLE), 7), unit: 'ms' },
    { name: 'peer: the walk alone (textBlocks)', value: median(() => textBlocks(body)), unit: 'ms' },
    { name: 'collect the safe fixes', value: median(() => safeFixes(findings)), unit: 'ms' },
  ];
  for (const rule of STYLE_RULES) rows.push({ name: `rule ${rule.id}`, value: median(() => checkStyle(body, DEFAULT_HOUSE_STYLE, { rules: [rule], blocks })), unit: 'ms' });
  return rows;
}
