import enGB from 'dictionary-en-gb';
import enUS from 'dictionary-en';
import { SpellChecker } from '../src/shared/spelling/spell-checker';
import { wordsOf } from '../src/shared/spelling/words';
import type { BenchRow } from './run';

// Newsroom prose with a name, a figure, an address and a misspelling or two per paragraph.
const PARAGRAPH =
  'The council met on Tuesday to weigh the ferry budget for 2027, and members argued late into the evening. ' +
  '“We had no good optoins, only less bad ones,” said Ana Okonkwo, the authority’s chair, before the vote. ' +
  'Details are at https://example.org/ferry and riders can write to desk@example.org with their concerns about the sevice.';

/** The median time of `runs` calls, in ms (also used by the style suite). */
export function median(fn: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Spelling in the worker: dictionary load, check throughput on a 20,000-word article, suggestion latency. */
export async function bench(): Promise<BenchRow[]> {
  const perParagraph = wordsOf(PARAGRAPH).length;
  const paragraphs = Array.from({ length: Math.ceil(20_000 / perParagraph) }, (_, i) => `${PARAGRAPH} (${i})`);
  const words = paragraphs.reduce((n, p) => n + wordsOf(p).length, 0);

  let t = performance.now();
  const us = new SpellChecker('en-US', enUS, { names: ['Ana Okonkwo'] });
  const loadUs = performance.now() - t;
  t = performance.now();
  const gb = new SpellChecker('en-GB', enGB, { names: ['Ana Okonkwo'] });
  const loadGb = performance.now() - t;

  // A fresh checker (built outside the timing), so the word cache starts empty as after opening an article.
  const coldTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = new SpellChecker('en-US', enUS, { names: ['Ana Okonkwo'] });
    const start = performance.now();
    paragraphs.forEach((p) => fresh.check(p));
    coldTimes.push(performance.now() - start);
  }
  const cold = coldTimes.sort((a, b) => a - b)[1];
  const warm = median(() => paragraphs.forEach((p) => us.check(p)));
  const tokenise = median(() => paragraphs.forEach((p) => wordsOf(p)));
  const viewport = median(() => paragraphs.slice(0, 15).forEach((p) => gb.check(p)));
  const suggest = median(() => us.suggest('optoins'), 5);
  const misspelt = paragraphs.reduce((n, p) => n + us.check(p).length, 0);
  return [
    { name: 'dictionary load, en-US', value: loadUs, unit: 'ms' },
    { name: 'dictionary load, en-GB', value: loadGb, unit: 'ms' },
    { name: `check ${words} words, first pass (cache empty)`, value: Math.round(words / (cold / 1000)), unit: 'words/s' },
    { name: `check ${words} words, words seen before`, value: Math.round(words / (warm / 1000)), unit: 'words/s' },
    { name: `peer: tokenise the same ${words} words`, value: Math.round(words / (tokenise / 1000)), unit: 'words/s' },
    { name: 'misspellings found (2 per paragraph expected)', value: misspelt, unit: 'words' },
    { name: 'check one viewport (15 paragraphs), en-GB', value: viewport, unit: 'ms' },
    { name: 'suggestions for one word', value: suggest, unit: 'ms' },
  ];
}
