import { describe, expect, it } from 'vitest';
import { fuzzyMatch } from '../../../src/renderer/src/commands/fuzzy';

const rank = (query: string, titles: string[]) =>
  titles
    .map((t) => ({ t, m: fuzzyMatch(query, t) }))
    .filter((x) => x.m)
    .sort((a, b) => b.m!.score - a.m!.score)
    .map((x) => x.t);

describe('the palette’s fuzzy matching', () => {
  it('finds commands by initials, by a word’s start and by accent-free spelling', () => {
    expect(fuzzyMatch('mpq', 'Make pull quote')).not.toBeNull();
    expect(fuzzyMatch('claim', 'Mark as claim')!.positions).toEqual([8, 9, 10, 11, 12]);
    expect(fuzzyMatch('resume', 'Résumé')).not.toBeNull();
    expect(fuzzyMatch('xyz', 'Make pull quote')).toBeNull();
  });

  it('puts the command a person means first', () => {
    const titles = ['Insert pull quote', 'Make pull quote', 'Mark as claim', 'Merge into previous section', 'Move section up'];
    expect(rank('make', titles)[0]).toBe('Make pull quote');
    expect(rank('pull', titles).slice(0, 2).sort()).toEqual(['Insert pull quote', 'Make pull quote']);
    expect(rank('ms', titles)[0]).toMatch(/^(Merge into previous section|Move section up|Mark as claim)$/);
  });
});
