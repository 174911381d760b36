import type { DATE_STYLES } from '../house-style';
import type { RuleHit, StyleRule } from '../rule';

type DateStyle = (typeof DATE_STYLES)[number];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// AP abbreviates these six before a day; March to July are always spelled out.
const AP_SHORT: Record<number, string> = { 0: 'Jan.', 1: 'Feb.', 7: 'Aug.', 8: 'Sept.', 9: 'Oct.', 10: 'Nov.', 11: 'Dec.' };
const MONTH = String.raw`(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;
// "January 5th, 2026", "Jan. 5", "5 January 2026", "5th of Jan 2026".
const MONTH_FIRST = new RegExp(String.raw`(?<![\p{L}])${MONTH}(?!\p{L}) ${DAY}(?![\p{L}\p{N}])(?:,? ${YEAR}(?!\p{N}))?`, 'gu');
const DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY} (?:of )?${MONTH}(?!\p{L})(?:,? ${YEAR}(?!\p{N}))?`, 'gu');
const NUMERIC = /(?<![\p{N}/.-])\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})(?![\p{N}/]|\.\d)/gu;

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.slice(0, 3) === name.slice(0, 3));
}

export function formatDate(style: DateStyle, month: number, day: number, year?: string): string {
  const full = MONTHS[month];
  if (style === 'uk') return `${day} ${full}${year ? ` ${year}` : ''}`;
  const name = style === 'ap' ? (AP_SHORT[month] ?? full) : full;
  return `${name} ${day}${year ? `, ${year}` : ''}`;
}

export const dates: StyleRule = {
  id: 'dates',
  title: 'Dates',
  description: 'Dates in the house format (AP “Jan. 5, 2026”, US “January 5, 2026” or UK “5 January 2026”), without ordinals; all-figure dates written out.',
  check(block, style) {
    const text = block.text;
    const hits: RuleHit[] = [];
    const taken: [number, number][] = [];
    const consider = (m: RegExpMatchArray, monthName: string, dayText: string, year: string | undefined) => {
      const from = m.index!;
      const to = from + m[0].length;
      if (taken.some(([a, b]) => from < b && a < to)) return;
      const day = Number(dayText);
      const month = monthIndex(monthName);
      if (month < 0 || day < 1 || day > 31) return;
      taken.push([from, to]);
      const want = formatDate(style.dates.style, month, day, year);
      if (want !== m[0]) hits.push({ from, to, message: `House style writes this date “${want}”.`, fix: want });
    };
    for (const m of text.matchAll(MONTH_FIRST)) consider(m, m[1], m[2], m[3]);
    for (const m of text.matchAll(DAY_FIRST)) consider(m, m[2], m[1], m[3]);
    for (const m of text.matchAll(NUMERIC)) {
      // No fix: 03/04/2026 is 3 April in London and March 4 in New York.
      hits.push({ from: m.index, to: m.index + m[0].length, message: `Write the month out: “${m[0]}” reads differently in the US and the UK.` });
    }
    return hits.sort((a, b) => a.from - b.from);
  },
};
