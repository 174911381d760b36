import { describe, expect, it } from 'vitest';
import { quotedRuns, quotedSpans } from '../../../src/shared/article/quotation-marks';

/** The quoted words of one text, as the shared reader finds them. */
const quoted = (text: string, singleQuotes = true) => quotedSpans(text, { singleQuotes }).map((s) => text.slice(s.start, s.end));
const runs = (...texts: string[]) => quotedRuns(texts).map((r) => r.pieces.map((p) => texts[p.index].slice(p.span.start, p.span.end)));

describe('the shared reader of quotation marks', () => {
  it('reads curly double marks', () => {
    expect(quoted('“We will build it,” said Ana Ruiz. “Then we pay.”')).toEqual(['We will build it,', 'Then we pay.']);
  });

  it('reads straight double marks, with straight single marks inside them left alone', () => {
    expect(quoted('"We said \'no\' twice," said Tom Hale, "and meant it."')).toEqual(["We said 'no' twice,", 'and meant it.']);
  });

  it('does not open a quotation at an inch mark or a stray mark before a space', () => {
    expect(quoted('A 12" pipe and " alone here.')).toEqual([]);
  });

  it('reads single outer marks with double marks inside (British style)', () => {
    expect(quoted('‘She called it “the lifeline of the town”,’ Ms Ruiz said.')).toEqual(['She called it “the lifeline of the town”,']);
    expect(quoted("'It is not on the table', Mrs Ruiz said.")).toEqual(['It is not on the table']);
  });

  it('does not take apostrophes for single marks', () => {
    expect(quoted('It’s the islanders’ boat, they don’t sell it, and it dates from the ’90s.')).toEqual([]);
    expect(quoted('‘The islanders’ boat is older than I am,’ she said.')).toEqual(['The islanders’ boat is older than I am,']);
  });

  it('reads German „…“ and Swedish ”…” marks', () => {
    expect(quoted('Er sagte „wir bauen die Fähre jetzt“ und ging.')).toEqual(['wir bauen die Fähre jetzt']);
    expect(quoted('Hon sa ”vi bygger färjan nu” och gick.')).toEqual(['vi bygger färjan nu']);
  });

  it('reads French guillemets, spaces inside included', () => {
    expect(quoted('Elle a dit « nous construirons le bac » hier.')).toEqual([' nous construirons le bac ']);
  });

  it('reads single marks as scare quotes only when asked to (the analysis)', () => {
    expect(quoted('The ‘only way we have to reach the mainland’.', false)).toEqual([]);
    expect(quoted('The ‘only way we have to reach the mainland’.', true)).toEqual(['only way we have to reach the mainland']);
  });

  it('follows a quotation over paragraphs that repeat the opening mark and close only at the end', () => {
    expect(runs('“We will build it.', '“And we will pay for it,” she said.')).toEqual([['We will build it.', 'And we will pay for it,']]);
    expect(runs('‘We will build it.', '‘And we will pay for it,’ she said.')).toEqual([['We will build it.', 'And we will pay for it,']]);
  });

  it('does not carry an unclosed quotation into a paragraph that opens without a mark', () => {
    expect(runs('He said “we will build it and stopped.', 'Next paragraph.')).toEqual([['we will build it and stopped.']]);
  });

  it('gives up on single marks in a paragraph full of unclosed ones, instead of rescanning it for ever', () => {
    // Each unclosed single mark is banned and the rest rescanned, a bounded number of times.
    expect(quotedSpans('Start' + " 'x".repeat(50_000) + ' “done”')).toMatchObject([{ kind: 'double' }]);
  });
});
