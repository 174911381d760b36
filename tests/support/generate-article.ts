import { newArticle, type Article, type DocNode, type Source } from '../../src/shared/article/model';
import { countWords } from '../../src/shared/article/text';

/**
 * The project's deterministic workload: an article of about `words` words, the same every time for
 * the same seed. A section every ~500 words, one pull quote per section (repeating a quotation of
 * that section word for word), quotations on about a quarter of the paragraphs, from 30 sources.
 * Used by the benchmark and by the tests that open book-length articles.
 */
export interface GenerateOptions {
  words: number;
  seed?: number;
  id?: string;
  headline?: string;
}

/** A small, fast, seeded PRNG (mulberry32): the same sequence on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'council ferry budget harbour island vote members chamber morning evening operator fares timetable crossing ' +
  'winter summer service report officials plan minister review contract tender workers union drivers passengers ' +
  'road bridge tunnel funding cost million pounds year month week meeting committee chair inquiry evidence ' +
  'residents families schools doctors nurses hospital clinic village town city coast weather storm delay ' +
  'the a of and to in on for with at by from after before while because although still again later ' +
  'said told asked argued warned added agreed denied claimed expected promised decided refused ' +
  'new old long short late early quiet busy local national public private small large whole'
).split(' ');

const SOURCE_NAMES = [
  'Morag Bell', 'Ian Ross', 'Aileen Shaw', 'Callum Reid', 'Fiona Grant', 'Hamish Boyd', 'Isla Munro', 'Ewan Fraser',
  'Kirsty Baird', 'Lachlan Hay', 'Mairi Stewart', 'Niall Duncan', 'Orla Kerr', 'Peter Lamont', 'Rhona Watt', 'Sandy Craig',
  'Tam Mackie', 'Una Forbes', 'Vhari Logan', 'Wallace Innes', 'Yvonne Moir', 'Zander Gill', 'Agnes Rae', 'Bruce Niven',
  'Catriona Urquhart', 'Dougal Pirie', 'Effie Gunn', 'Findlay Low', 'Greer Sutherland', 'Hector Mair',
];

/** About `words` words of prose in one article, deterministic for `seed`. */
export function generateArticle(opts: GenerateOptions): Article {
  const rnd = random(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const phrase = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number): string => {
    const s = phrase(n);
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const article = newArticle({ id: opts.id ?? `generated-${opts.words}`, now: '2026-01-01T00:00:00.000Z', headline: opts.headline ?? `A story of ${opts.words} words` });
  article.byline = 'By A Reporter';
  article.slug = opts.id ?? `generated-${opts.words}`;
  article.sources = SOURCE_NAMES.map(
    (name, i): Source => ({
      id: `src-${i}`, name, title: 'resident', affiliation: 'Harbour ward', kind: 'person', standing: 'on-record',
      anonymousDescription: '', anonymityReason: '', contact: '', notes: '', verified: false,
    }),
  );

  let written = 0;
  let quoteId = 0;
  /** One paragraph of 40–80 words; about one in four carries an attributed quotation. */
  const paragraph = (): { node: DocNode; quoted: { text: string; sourceId: string } | null } => {
    const lead = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => sentence(8 + Math.floor(rnd() * 10))).join(' ');
    if (rnd() >= 0.25) {
      written += countWords(lead);
      return { node: { type: 'paragraph', content: [{ type: 'text', text: lead }] }, quoted: null };
    }
    const sourceId = `src-${Math.floor(rnd() * SOURCE_NAMES.length)}`;
    const words = phrase(8 + Math.floor(rnd() * 8));
    const quote = `“${words[0].toUpperCase()}${words.slice(1)},”`;
    const tail = ` said ${SOURCE_NAMES[Number(sourceId.slice(4))]}.`;
    written += countWords(lead) + countWords(quote) + countWords(tail);
    quoteId += 1;
    return {
      node: {
        type: 'paragraph',
        content: [
          { type: 'text', text: `${lead} ` },
          { type: 'text', text: quote, marks: [{ type: 'quotation', attrs: { id: `q-${quoteId}`, sourceId } }] },
          { type: 'text', text: tail },
        ],
      },
      quoted: { text: `${words[0].toUpperCase()}${words.slice(1)}`, sourceId },
    };
  };

  const content: DocNode[] = [];
  // The lede and nut graf, before the first section.
  for (let i = 0; i < 2 && written < opts.words; i++) content.push(paragraph().node);
  let section = 0;
  while (written < opts.words) {
    section += 1;
    const title = `Part ${section}: ${phrase(3)}`;
    written += countWords(title);
    const blocks: DocNode[] = [{ type: 'sectionTitle', content: [{ type: 'text', text: title }] }];
    const start = written;
    let pulled = false;
    while (written - start < 500 && written < opts.words) {
      const p = paragraph();
      blocks.push(p.node);
      if (p.quoted && !pulled) {
        pulled = true;
        blocks.push({ type: 'pullQuote', attrs: { id: `pq-${section}`, sourceId: p.quoted.sourceId }, content: [{ type: 'text', text: p.quoted.text }] });
      }
    }
    if (!pulled) {
      // Every section has its pull quote: repeat the section's first sentence if nobody was quoted in it.
      const first = String(blocks[1]?.content?.[0]?.text ?? title).split('.')[0];
      blocks.push({ type: 'pullQuote', attrs: { id: `pq-${section}`, sourceId: null }, content: [{ type: 'text', text: first }] });
    }
    content.push({ type: 'section', attrs: { id: `sec-${section}` }, content: blocks });
  }
  article.body = { type: 'doc', content };
  return article;
}
