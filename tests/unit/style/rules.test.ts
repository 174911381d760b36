import { describe, expect, it } from 'vitest';
import { checkStyle } from '../../../src/shared/style/check-style';
import { HouseStyle, type HouseStyleInput } from '../../../src/shared/style/house-style';
import { STYLE_RULES } from '../../../src/shared/style/rules';
import { articleSchema } from '../../../src/shared/schema';
import { bold, doc, p, quotation } from '../helpers/doc-builder';

const schema = articleSchema();

/** What one rule finds in one paragraph: [the words found, the fix or null]. */
function hits(ruleId: string, text: string, style: HouseStyleInput = {}): [string, string | null][] {
  const rule = STYLE_RULES.find((r) => r.id === ruleId)!;
  return checkStyle(doc(p(text)), HouseStyle.parse(style), { rules: [rule] }).map((f) => [f.text, f.fix?.text ?? null]);
}

describe('every rule', () => {
  it('has a unique id, a title and a description, and is switched off by the house-style file', () => {
    expect(new Set(STYLE_RULES.map((r) => r.id)).size).toBe(STYLE_RULES.length);
    const body = doc(p('The the TK ferry , costs 5% "more" on 03/04/2026, e-mail me , said five officials 12 times in 3 days.'));
    for (const rule of STYLE_RULES) {
      expect(rule.title && rule.description, rule.id).toBeTruthy();
      expect(checkStyle(body, HouseStyle.parse({}), { rules: [rule] }).length, `${rule.id} finds something in the sample`).toBeGreaterThan(0);
      expect(checkStyle(body, HouseStyle.parse({ rules: { [rule.id]: false } }), { rules: [rule] }), rule.id).toEqual([]);
    }
  });

  it('gives ranges the editor selects exactly, across marks and in later blocks', () => {
    const body = doc(p('Intro.'), p(bold('The '), quotation('the council said , "no"', 's1'), ' on Jan 5th.'));
    const found = checkStyle(body, HouseStyle.parse({}));
    const pm = schema.nodeFromJSON(body);
    expect(found.map((f) => f.code)).toEqual(['doubled-words', 'space-before-punctuation', 'straight-quotes', 'straight-quotes', 'dates']);
    for (const f of found) expect(pm.textBetween(f.target.range.from, f.target.range.to)).toBe(f.text);
  });
});

describe('doubled words', () => {
  it('finds a word written twice, in any case and across a line break, and fixes it to one', () => {
    expect(hits('doubled-words', 'Then the the vote. The the end. It is is.')).toEqual([
      ['the the', 'the'],
      ['The the', 'The'],
      ['is is', 'is'],
    ]);
  });
  it('leaves different words, words inside longer ones and the words the house allows', () => {
    expect(hits('doubled-words', 'He had had enough; that that was it; the theme; 10 10; bye-bye; a-a.')).toEqual([]);
    expect(hits('doubled-words', 'He had had enough.', { doubledWordsAllowed: [] })).toEqual([['had had', 'had']]);
  });
});

describe('TK', () => {
  it('flags TK and TKTK with no fix, and nothing inside other words', () => {
    expect(hits('placeholder', 'It costs $TK and TKTK; not TKO or atk.')).toEqual([
      ['TK', null],
      ['TKTK', null],
    ]);
  });
});

describe('straight quotes', () => {
  it('curls double and single marks and apostrophes by their place', () => {
    expect(hits('straight-quotes', `"Yes," she said. 'No.' It's the '90s, 'tis true; rock 'n' roll.`).map(([, f]) => f)).toEqual(['“', '”', '‘', '’', '’', '’', '’', '’', '’']);
  });
  it('has no fix after a figure (feet and inches), and nothing to do with curly text', () => {
    expect(hits('straight-quotes', `He is 6'2" tall.`)).toEqual([
      ["'", null],
      ['"', null],
    ]);
    expect(hits('straight-quotes', '“Yes,” it’s ‘fine’.')).toEqual([]);
  });
  it('closes a mark at the end of a block, and leaves one with space on both sides to the writer', () => {
    expect(hits('straight-quotes', 'He said " maybe. "')).toEqual([
      ['"', null],
      ['"', '”'],
    ]);
  });
});

describe('space before punctuation', () => {
  it('removes spaces before , . ; : ! ?', () => {
    expect(hits('space-before-punctuation', 'Yes , no ; maybe : why ? Wow ! End .')).toEqual([
      [' ,', ','],
      [' ;', ';'],
      [' :', ':'],
      [' ?', '?'],
      [' !', '!'],
      [' .', '.'],
    ]);
  });
  it('leaves decimals, ellipses and a block that starts with punctuation', () => {
    expect(hits('space-before-punctuation', 'A rate of .5 and then ... silence.')).toEqual([]);
    expect(hits('space-before-punctuation', ', and so on')).toEqual([]);
  });
});

describe('numbers', () => {
  it('spells out one to nine and uses figures from 10, with fixes', () => {
    expect(hits('numbers', 'The council has 7 members and twelve staff, and met 3 times in thirty-one days.')).toEqual([
      ['7', 'seven'],
      ['twelve', '12'],
      ['3', 'three'],
      ['thirty-one', '31'],
    ]);
  });
  it('keeps figures for ages, percentages, money, measurements, times, dates, decimals, scores and numbering', () => {
    const text =
      'A 5-year-old, aged 4, paid $3 for 2 km at 5 p.m. on Jan. 5 and 6 May; 4 percent, 3%, 2.5 litres, 1,000 riders, ' +
      'won 3-2, Route 9, No. 4, page 3, 7 million, 10:30, B2 and 9th.';
    expect(hits('numbers', text)).toEqual([]);
  });
  it('spells out a figure that starts a sentence, but not a year, and has no fix past ninety-nine', () => {
    expect(hits('numbers', '12 riders came. 1999 was worse. 250 left. “9 of them,” he said.')).toEqual([
      ['12', 'Twelve'],
      ['250', null],
      ['9', 'Nine'],
    ]);
  });
  it('leaves spelled-out numbers at a sentence start and capitalised names', () => {
    expect(hits('numbers', 'Twelve came. They watched Ocean’s Eleven.')).toEqual([]);
  });
  it('follows the house limit', () => {
    expect(hits('numbers', 'Seven came with 12 friends and ten dogs.', { numbers: { spellOutUpTo: 12 } })).toEqual([['12', 'twelve']]);
  });
});

describe('percent', () => {
  it('writes percentages the house way', () => {
    expect(hits('percent', 'Up 5%, then 2.5 % and 7 per cent, 3 pct and 4 percent.')).toEqual([
      ['5%', '5 percent'],
      ['2.5 %', '2.5 percent'],
      ['7 per cent', '7 percent'],
      ['3 pct', '3 percent'],
    ]);
    expect(hits('percent', 'Up 5%, 7 per cent and 4 percent.', { percent: '%' })).toEqual([
      ['7 per cent', '7%'],
      ['4 percent', '4%'],
    ]);
    expect(hits('percent', 'Up 5% and 7 per cent.', { percent: 'per cent' })).toEqual([['5%', '5 per cent']]);
  });
  it('leaves a percentage already in house style and the word on its own', () => {
    expect(hits('percent', 'It rose 12 percent; a percent sign; 100 percenters.')).toEqual([]);
  });
});

describe('dates', () => {
  it('rewrites dates in AP style by default: abbreviated months before a day, no ordinals', () => {
    expect(hits('dates', 'On January 5th, 2026, and 5 August, and March 3rd, and Sep 9 2025, and Jan. 5, 2026.')).toEqual([
      ['January 5th, 2026', 'Jan. 5, 2026'],
      ['5 August', 'Aug. 5'],
      ['March 3rd', 'March 3'],
      ['Sep 9 2025', 'Sept. 9, 2025'],
    ]);
  });
  it('follows the US and UK house formats', () => {
    expect(hits('dates', 'On Jan. 5, 2026 and 5th of March.', { dates: { style: 'us' } })).toEqual([
      ['Jan. 5, 2026', 'January 5, 2026'],
      ['5th of March', 'March 5'],
    ]);
    expect(hits('dates', 'On Jan. 5, 2026 and 5 March 2026.', { dates: { style: 'uk' } })).toEqual([['Jan. 5, 2026', '5 January 2026']]);
  });
  it('flags all-figure dates with no fix, and leaves months that are not dates', () => {
    expect(hits('dates', 'Filed 03/04/2026. She may go in May. June said 4 things. On March 40.')).toEqual([['03/04/2026', null]]);
  });
});

describe('house word list', () => {
  it('replaces listed words with the house form, keeping a writer’s capital', () => {
    expect(hits('house-words', 'E-mail the web site. Send an e-mail; the Internet is on-line.')).toEqual([
      ['E-mail', 'Email'],
      ['web site', 'website'],
      ['e-mail', 'email'],
      ['Internet', 'internet'],
      ['on-line', 'online'],
    ]);
  });
  it('uses the newsroom’s own list in place of the default', () => {
    expect(hits('house-words', 'Send an e-mail toward the judgement.', { words: { judgement: 'judgment', toward: 'towards' } })).toEqual([
      ['toward', 'towards'],
      ['judgement', 'judgment'],
    ]);
    expect(hits('house-words', 'Emailed e-mails and online-only.')).toEqual([]);
  });
});
