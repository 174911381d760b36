import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/shared/article/text';

/** The rule as it was first written: the fast count must agree with it on any text. */
const byRegex = (text: string) => text.match(/[\p{L}\p{N}\p{M}]+(?:['’\-.,][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0;

describe('countWords', () => {
  it('counts as the regular expression that defines a word does, on any text (property test)', () => {
    const pieces = fc.constantFrom('a', 'Z', '9', 'é', 'e\u0301', '\u0301', 'ß', '中', '𝒜', '😀', '\uD800', '\uDC00', "'", '’', '-', '.', ',', ' ', '\n', '—', '"', '%', '\u00A0', '٣');
    fc.assert(
      fc.property(fc.oneof(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        expect(countWords(text)).toBe(byRegex(text));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) },
    );
  });

  it('keeps inner apostrophes, hyphens, points and commas in the word', () => {
    expect(countWords("Don't re-run the 3.5% well-known 1,200-seat test.")).toBe(7);
    expect(countWords('a--b ,a. -b')).toBe(4);
  });
});
