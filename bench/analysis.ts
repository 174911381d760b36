import { analyseAttribution } from '../src/shared/analysis/attribution';
import { analyseClaims } from '../src/shared/analysis/claims';
import { sectionOutline } from '../src/shared/analysis/outline';
import { bodyWordCount } from '../src/shared/article/text';
import { newArticle, type Article, type DocNode } from '../src/shared/article/model';
import type { BenchRow } from './run';

/** A long article: 40 sections of prose with an attributed quotation in every paragraph. */
function longArticle(words: number): Article {
  const a = newArticle({ id: 'bench', now: '2026-01-01T00:00:00Z' });
  a.sources = Array.from({ length: 8 }, (_, i) => ({
    id: `s${i}`, name: `Source ${i}`, title: '', affiliation: '', kind: 'person' as const, standing: 'on-record' as const,
    anonymousDescription: '', anonymityReason: '', contact: '', notes: '', verified: false,
  }));
  const para = (i: number): DocNode => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: 'The council met on Tuesday to weigh the ferry budget for next year, and members argued late. ' },
      { type: 'text', text: '“We had no good options, only less bad ones,”', marks: [{ type: 'quotation', attrs: { id: `q${i}`, sourceId: `s${i % 8}` } }] },
      { type: 'text', text: ' said one of them, before the vote was called and the chamber emptied into the rain outside.' },
    ],
  });
  const perPara = 40;
  const paras = Math.ceil(words / perPara);
  const sections: DocNode[] = [];
  for (let s = 0; s < 40; s++) {
    const content: DocNode[] = [{ type: 'sectionTitle', content: [{ type: 'text', text: `Part ${s + 1}` }] }];
    for (let i = 0; i < paras / 40; i++) content.push(para(s * 1000 + i));
    sections.push({ type: 'section', attrs: { id: `sec${s}` }, content });
  }
  a.body = { type: 'doc', content: sections };
  return a;
}

function median(fn: () => unknown, runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((x, y) => x - y)[Math.floor(runs / 2)];
}

/** What the editor recomputes after a pause in typing, on a 20,000-word article (median of 9 runs). */
export async function bench(): Promise<BenchRow[]> {
  const a = longArticle(20_000);
  const words = bodyWordCount(a.body);
  return [
    { name: `article size`, value: words, unit: 'words' },
    { name: 'word count', value: median(() => bodyWordCount(a.body)), unit: 'ms' },
    { name: 'section outline', value: median(() => sectionOutline(a.body)), unit: 'ms' },
    { name: 'attribution panel (sources, shares, warnings)', value: median(() => analyseAttribution(a)), unit: 'ms' },
    { name: 'claims and TK check', value: median(() => analyseClaims(a)), unit: 'ms' },
  ];
}
