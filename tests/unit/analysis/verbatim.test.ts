import { describe, expect, it } from 'vitest';
import { isVerbatimInBody, normaliseVerbatim, pullQuoteNeedle } from '../../../src/shared/analysis/verbatim';

const body = 'The ferry “is the town’s lifeline — and we will not let it go…” said Ana Ruiz, the authority’s chair.';

describe('normaliseVerbatim', () => {
  it.each([
    ['curly double quotes', '“yes”', '"yes"'],
    ['low and guillemet quotes', '„ja“ «oui»', '"ja" "oui"'],
    ['curly single quotes and apostrophes', '‘town’s’', "'town's'"],
    ['em dash with spaces', 'win — lose', 'win-lose'],
    ['en dash, minus and double hyphen', 'a–b a−b a--b', 'a-b a-b a-b'],
    ['ellipsis character and spaced dots', 'wait… wait . . . wait...', 'wait...wait...wait...'],
    ['no-break and thin spaces', 'a\u00A0b\u202Fc\u2009d', 'a b c d'],
    ['runs of whitespace and line breaks', '  a \n\t b  ', 'a b'],
    ['soft hyphens and zero-width spaces', 'lifeline\u00AD\u200B', 'lifeline'],
    ['decomposed accents (NFC)', 'Jose\u0301', 'José'],
  ])('%s', (_, input, expected) => {
    expect(normaliseVerbatim(input)).toBe(expected);
  });

  it('keeps case significant', () => {
    expect(normaliseVerbatim('Ferry')).not.toBe(normaliseVerbatim('ferry'));
  });

  it('drops the quotation marks around a pull quote, not those inside it', () => {
    expect(pullQuoteNeedle('“We said ‘no’ twice”')).toBe("We said 'no' twice");
  });
});

describe('isVerbatimInBody', () => {
  it('accepts the words retyped with straight quotes, a spaced hyphen and three dots', () => {
    expect(isVerbatimInBody("\"the town's lifeline - and we will not let it go...\"", body)).toBe(true);
  });

  it('accepts a no-break space and a decomposed accent where the body has plain ones', () => {
    expect(isVerbatimInBody('said Ana\u00A0Ruiz', body)).toBe(true);
    expect(isVerbatimInBody('Jose\u0301 said', 'Then José said so.')).toBe(true);
  });

  it('rejects a changed word, a changed case and a dropped word', () => {
    expect(isVerbatimInBody('the town’s lifeline — and we will never let it go', body)).toBe(false);
    expect(isVerbatimInBody('The town’s lifeline', body)).toBe(false);
    expect(isVerbatimInBody('the town’s lifeline — we will not let it go', body)).toBe(false);
  });

  it('rejects an empty or blank pull quote', () => {
    expect(isVerbatimInBody('', body)).toBe(false);
    expect(isVerbatimInBody(' “” ', body)).toBe(false);
  });
});

describe('whole words', () => {
  it('does not find a pull quote inside longer words', () => {
    expect(isVerbatimInBody('he said no', 'Then she said no.')).toBe(false);
    expect(isVerbatimInBody('he said no', 'Then he said now.')).toBe(false);
    expect(isVerbatimInBody('he said no', 'Then she said no, and he said no.')).toBe(true);
  });

  it('lets a pull quote start or end with punctuation next to a word', () => {
    expect(isVerbatimInBody('“, and then we left”', 'We stayed, and then we left.')).toBe(true);
  });
});
