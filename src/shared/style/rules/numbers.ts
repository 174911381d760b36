import { NUMBER_WORDS, numberInWords, wordsToNumber } from '../number-words';
import { capitalise, startsSentence, type RuleHit, type StyleRule } from '../rule';

// Figures stay figures before these: percentages, ages, times, measurements, money amounts and orders of magnitude.
const UNITS = [
  '%', 'percent', 'per cent', 'pct', 'year-old', 'years old', 'year old', 'yrs', 'a.m.', 'p.m.', 'am', 'pm', 'o’clock', "o'clock",
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'm', 'metres', 'meters', 'metre', 'meter', 'cm', 'mm', 'mi', 'miles', 'mile',
  'ft', 'feet', 'foot', 'in', 'inches', 'inch', 'yd', 'yards', 'kg', 'kilograms', 'kilogram', 'g', 'grams', 'lb', 'lbs', 'pounds', 'oz', 'ounces',
  't', 'tonnes', 'tons', 'l', 'litres', 'liters', 'ml', 'gallons', 'mph', 'km/h', 'kph', '°', 'degrees', 'deg', 'kb', 'mb', 'gb', 'tb', 'kw', 'mw', 'gw', 'kwh',
  'million', 'billion', 'trillion', 'bn', 'x', 'points', 'point', 'goals', 'seeds', 'stars', 'star',
];
// …and after these: money, numbering, ages, dates.
const BEFORE = ['$', '£', '€', '¥', '#', 'no.', 'no', 'number', 'page', 'p.', 'pp.', 'chapter', 'room', 'route', 'section', 'article', 'version', 'v', 'aged', 'age', 'ages', 'grade', 'level', 'platform', 'gate', 'line', 'row', 'seat', 'vol.', 'volume', 'step', 'phase', 'stage', 'size', 'class', 'category', 'type', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'top', 'under'];
const MONTH_AFTER = /^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

const unitAfter = new RegExp(`^\\s?(?:${UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
const beforeWords = new Set(BEFORE);
// A whole number standing alone: not part of 2.5, 1,000, 3-2, 5th, B2 or 10:30.
const FIGURE = /(?<![\p{L}\p{N}.,:\/-])\d+(?![\p{L}\p{N}]|[.,:\/]\d|-\d|\u2013\d)/gu;
const SPELLED = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${NUMBER_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

function exempt(text: string, from: number, to: number): boolean {
  const after = text.slice(to, to + 14);
  if (unitAfter.test(after) || /^-year/iu.test(after) || MONTH_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, from - 12), from);
  if (/[$£€¥#]\s?$/u.test(before)) return true;
  const word = before.match(/([\p{L}.]+)\s+$/u)?.[1]?.toLowerCase();
  return word !== undefined && beforeWords.has(word);
}

export const numbers: StyleRule = {
  id: 'numbers',
  title: 'Numbers',
  description:
    'Whole numbers up to the house limit (one to nine) spelled out and larger ones as figures — except ages, percentages, dates, money and measurements — and no figure starting a sentence.',
  check(block, style) {
    const limit = style.numbers.spellOutUpTo;
    const text = block.text;
    const hits: RuleHit[] = [];
    for (const m of text.matchAll(FIGURE)) {
      const from = m.index;
      const to = from + m[0].length;
      const n = Number(m[0]);
      if (startsSentence(text, from)) {
        if (/^[12]\d{3}$/.test(m[0])) continue; // "1999 was…": years may start a sentence.
        const words = numberInWords(n);
        hits.push(
          words
            ? { from, to, message: `Spell out a number that starts a sentence: “${capitalise(words)}”.`, fix: capitalise(words) }
            : { from, to, message: 'A figure starts this sentence: spell it out or recast the sentence.' },
        );
        continue;
      }
      if (n < 1 || n > limit || m[0].startsWith('0') || exempt(text, from, to)) continue;
      hits.push({ from, to, message: `Spell out numbers up to ${numberInWords(limit) ?? limit}: “${numberInWords(n)}”.`, fix: numberInWords(n)! });
    }
    for (const m of text.matchAll(SPELLED)) {
      const n = wordsToNumber(m[0]);
      const from = m.index;
      const to = from + m[0].length;
      // Above the limit, in lower case (a capital mid-sentence is a name: "Ocean’s Eleven"), not a sentence start.
      if (n === null || n <= limit || !/^\p{Ll}/u.test(m[0]) || startsSentence(text, from)) continue;
      hits.push({ from, to, message: `Use figures for numbers above ${numberInWords(limit) ?? limit}: “${n}”.`, fix: String(n) });
    }
    return hits.sort((a, b) => a.from - b.from);
  },
};
