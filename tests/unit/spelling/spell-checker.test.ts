import { describe, expect, it } from 'vitest';
import { SpellChecker } from '../../../src/shared/spelling/spell-checker';
import { wordsOf } from '../../../src/shared/spelling/words';
import { DICTIONARIES } from './dictionaries';

const us = new SpellChecker('en-US', DICTIONARIES['en-US']);
const gb = new SpellChecker('en-GB', DICTIONARIES['en-GB']);
const flagged = (checker: SpellChecker, text: string) => checker.check(text).map((m) => m.word);

describe('words a newsroom writes', () => {
  it('skips addresses, handles, figures, one-letter words and acronyms, and keeps apostrophes and hyphens inside words', () => {
    const text =
      'See https://example.com/teh-page or www.exampel.org, mail desk@nwesroom.org, @reportr #ferryvote, ferryy.com; ' +
      'NATO and the TK in 1990s COVID-19 3D 10th; don’t, rock ’n’ roll, well-knwon.';
    expect(wordsOf(text).map((t) => t.word)).toEqual(['See', 'or', 'mail', 'and', 'the', 'in', 'don’t', 'rock', 'roll', 'well-knwon']);
  });

  it('gives offsets that cut the word out of the text', () => {
    const text = 'Ein “Zitat” und das—Ende.';
    for (const t of wordsOf(text)) expect(text.slice(t.from, t.to)).toBe(t.word);
  });
});

describe('SpellChecker on the real en-US and en-GB dictionaries', () => {
  it('flags misspellings and only those, with offsets into the text', () => {
    const text = 'The councl met on Tuesday; it’s a recieve-only ferry, said the chairman’s aide.';
    const found = us.check(text);
    expect(found.map((m) => m.word)).toEqual(['councl', 'recieve']);
    for (const m of found) expect(text.slice(m.from, m.to)).toBe(m.word);
  });

  it('accepts possessives, plural possessives, curly and straight apostrophes and capitalised sentence starts', () => {
    expect(flagged(us, "Council's vote; councils' votes; Don’t; don't; Ferry riders’ fares.")).toEqual([]);
  });

  it('checks each part of a compound the dictionary does not know whole', () => {
    expect(flagged(us, 'A well-known, long-running, ferry-frendly service.')).toEqual(['frendly']);
  });

  it('knows the difference between US and UK spelling', () => {
    const text = 'The colour of the organisation; the color of the organization.';
    expect(flagged(us, text)).toEqual(['colour', 'organisation']);
    expect(flagged(gb, text)).toEqual(['color', 'organization']);
  });

  it('suggests the closest spelling first', () => {
    expect(us.suggest('teh')[0]).toBe('the');
    expect(us.suggest('recieve')[0]).toBe('receive');
    expect(gb.suggest('colur')).toContain('colour');
    expect(us.suggest('ferryy', 3).length).toBeLessThanOrEqual(3);
  });

  it('never flags the names of sources, in any case, with a possessive', () => {
    const checker = new SpellChecker('en-US', DICTIONARIES['en-US'], { names: ['Ana Ruiz-Okonkwo', 'Siobhán O’Shaughnessy', 'Wojciechowski'] });
    expect(flagged(checker, 'Okonkwo said Siobhán agreed; O’Shaughnessy’s aide and WOJCIECHOWSKI did not. Wojciechowsky did.')).toEqual(['Wojciechowsky']);
    checker.setNames([]);
    expect(flagged(checker, 'Okonkwo said.')).toEqual(['Okonkwo']);
  });

  it('adds and removes personal words, which then appear as suggestions', () => {
    const checker = new SpellChecker('en-US', DICTIONARIES['en-US']);
    expect(flagged(checker, 'Copydesk ships.')).toEqual(['Copydesk']);
    checker.addWord('Copydesk');
    expect(flagged(checker, 'Copydesk ships.')).toEqual([]);
    expect(checker.suggest('Copydesck')).toContain('Copydesk');
    checker.removeWord('Copydesk');
    expect(flagged(checker, 'Copydesk ships.')).toEqual(['Copydesk']);
  });

  it('keeps a dictionary word known when it is added to and removed from the personal list', () => {
    const checker = new SpellChecker('en-US', DICTIONARIES['en-US'], { personal: ['ferry'] });
    checker.setPersonal([]);
    expect(flagged(checker, 'The ferry sails.')).toEqual([]);
  });
});
