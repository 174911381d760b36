import type { Article, DocNode, Source, Standing } from '../article/model';
import { countWords } from '../article/text';
import { safeHref, safeImageSrc, stripControls } from './escape';
import { bodyBeforeSuggestions } from '../review/before-suggestions';
import { reviewCounts } from '../review/counts';
import { imageWidthPercent } from '../images/image-width';

/**
 * The published view of an article: what every export format renders, and nothing else.
 * This is the one place that decides what may leave the app, so each format can be written
 * without re-deciding it: claim and comment marks and unknown marks become plain text, unknown nodes
 * are left out, links and image sources are filtered, and sources are reduced to the attribution
 * their standing allows. Contact details, private notes and anonymity reasons never enter it, and
 * neither do comment threads. Pending suggestions are not applied: the text is as it was before them
 * (suggested insertions left out, suggested deletions kept, field proposals not taken), and
 * `pendingSuggestions` says how many there are so the export can warn.
 */

export interface TextRun {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  href: string | null;
  /** Set when the words are a quotation; `key` groups runs of the same quotation. */
  quote: QuoteRef | null;
}
export type Inline = TextRun | { kind: 'break' };

export interface QuoteRef {
  key: string;
  /** 1-based number of the cited source (its place in `sources`), 0 when the source is unknown. */
  sourceNumber: number;
  attribution: string;
}

export type Block =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'blockquote'; blocks: Block[] }
  | { kind: 'pullQuote'; text: string; attribution: string }
  /** `width`: percent of the text column (25–100). */
  | { kind: 'image'; src: string; alt: string; caption: string; credit: string; width: number };

export interface PublishedSection {
  title: string;
  blocks: Block[];
}

/** A source as it may be published. Named fields are empty for sources that spoke without their name. */
export interface PublishedSource {
  number: number;
  standing: Standing;
  kind: Source['kind'];
  name: string;
  title: string;
  affiliation: string;
  /** The description an unnamed source is quoted under. */
  description: string;
  /** How the text attributes words to this source: "Ana Ruiz, chair, Port Authority" or the description. */
  attribution: string;
}

export interface PublishedArticle {
  id: string;
  headline: string;
  dek: string;
  byline: string;
  authors: string[];
  dateline: string;
  /** The dateline's place, without the trailing dash: "MEXICO CITY". */
  located: string;
  slug: string;
  status: Article['status'];
  language: string;
  /** RFC 3339 date-times, or null when the article's own are not machine-readable. */
  createdAt: string | null;
  updatedAt: string | null;
  lead: Block[];
  sections: PublishedSection[];
  /** Only the sources the published text cites (a quotation or pull quote), in order of first citation. */
  sources: PublishedSource[];
  wordCount: number;
  charCount: number;
  /** Suggestions still waiting for a decision, none of which this text includes. */
  pendingSuggestions: number;
}

/** How many suggestions an export of the article leaves out because nobody has accepted them yet. */
export function pendingSuggestions(article: Article): number {
  return reviewCounts(article).pendingSuggestions;
}


const clean = (v: unknown): string => (typeof v === 'string' ? stripControls(v) : '');
const oneLine = (v: unknown): string => clean(v).replace(/\s+/g, ' ').trim();

export function isNamedStanding(standing: Standing): boolean {
  return standing === 'on-record';
}

/** The words a publication may attribute a quotation to. An unnamed source never yields its name. */
export function publicAttribution(source: Source): string {
  if (!isNamedStanding(source.standing)) {
    return oneLine(source.anonymousDescription) || 'a source who asked not to be named';
  }
  return [source.name, source.title, source.affiliation].map(oneLine).filter(Boolean).join(', ');
}

/** "By Ana Ruiz and Tom Lee" → ["Ana Ruiz", "Tom Lee"]; "with reporting by" credits are not authors. */
export function bylineAuthors(byline: string): string[] {
  const main = oneLine(byline).split(/[;.]?\s*\b(?:with\s+)?(?:additional\s+)?reporting\s+by\b/i)[0];
  return main
    .replace(/^by\s+/i, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function locatedFromDateline(dateline: string): string {
  return oneLine(dateline).replace(/\s*[—–-]+\s*$/, '');
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function dateTimeOrNull(v: string): string | null {
  return RFC3339.test(v) && !Number.isNaN(Date.parse(v)) ? v : null;
}

/** BCP 47-looking tag ("en", "pt-BR"); anything else falls back to English. */
export function languageTag(lang: string | undefined): string {
  return lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : 'en';
}

class Publisher {
  readonly cited: PublishedSource[] = [];
  private readonly byId: Map<string, Source>;
  private readonly citedById = new Map<string, PublishedSource>();

  constructor(sources: Source[]) {
    this.byId = new Map(sources.map((s) => [s.id, s]));
  }

  /** Looks up a source and records it as cited; the number is its place in the appendix. */
  cite(sourceId: unknown): PublishedSource | null {
    if (typeof sourceId !== 'string') return null;
    const known = this.citedById.get(sourceId);
    if (known) return known;
    const s = this.byId.get(sourceId);
    if (!s) return null;
    const named = isNamedStanding(s.standing);
    const p: PublishedSource = {
      number: this.cited.length + 1,
      standing: s.standing,
      kind: s.kind,
      name: named ? oneLine(s.name) : '',
      title: named ? oneLine(s.title) : '',
      affiliation: named ? oneLine(s.affiliation) : '',
      description: named ? '' : publicAttribution(s),
      attribution: publicAttribution(s),
    };
    this.citedById.set(sourceId, p);
    this.cited.push(p);
    return p;
  }

  blocks(nodes: DocNode[] | undefined): Block[] {
    const out: Block[] = [];
    for (const n of nodes ?? []) {
      const b = this.block(n);
      if (b) out.push(b);
    }
    return out;
  }

  private block(n: DocNode): Block | null {
    switch (n.type) {
      case 'paragraph': {
        const inlines = this.inlines(n.content);
        return inlines.some((i) => i.kind === 'text' && i.text.trim()) ? { kind: 'paragraph', inlines } : null;
      }
      case 'bulletList':
      case 'orderedList': {
        const start = Number(n.attrs?.start);
        return {
          kind: 'list',
          ordered: n.type === 'orderedList',
          start: Number.isInteger(start) && start >= 0 && start < 1e6 ? start : 1,
          items: (n.content ?? []).filter((c) => c.type === 'listItem').map((c) => this.blocks(c.content)),
        };
      }
      case 'blockquote':
        return { kind: 'blockquote', blocks: this.blocks(n.content) };
      case 'pullQuote': {
        const source = this.cite(n.attrs?.sourceId);
        const text = oneLine((n.content ?? []).map((c) => (c.type === 'text' ? c.text : '')).join(''));
        return text ? { kind: 'pullQuote', text, attribution: source?.attribution ?? '' } : null;
      }
      case 'image': {
        const src = safeImageSrc(n.attrs?.src);
        if (!src) return null;
        return {
          kind: 'image',
          src,
          alt: oneLine(n.attrs?.alt),
          caption: oneLine(n.attrs?.caption),
          credit: oneLine(n.attrs?.credit),
          width: imageWidthPercent(n.attrs?.width),
        };
      }
      default:
        // Unknown nodes may be review material (comments, suggestions) added by a later schema: leave them out.
        return null;
    }
  }

  private inlines(nodes: DocNode[] | undefined): Inline[] {
    const out: Inline[] = [];
    for (const n of nodes ?? []) {
      if (n.type === 'hardBreak') {
        out.push({ kind: 'break' });
        continue;
      }
      if (n.type !== 'text' || !n.text) continue;
      const run: TextRun = { kind: 'text', text: clean(n.text), bold: false, italic: false, strike: false, href: null, quote: null };
      for (const m of n.marks ?? []) {
        if (m.type === 'bold') run.bold = true;
        else if (m.type === 'italic') run.italic = true;
        else if (m.type === 'strike') run.strike = true;
        else if (m.type === 'link') run.href = safeHref(m.attrs?.href);
        else if (m.type === 'quotation') {
          const source = this.cite(m.attrs?.sourceId);
          const key = String(m.attrs?.id ?? m.attrs?.sourceId ?? '');
          run.quote = { key, sourceNumber: source?.number ?? 0, attribution: source?.attribution ?? '' };
        }
        // claim and any other mark: a review aid, published as plain text.
      }
      const prev = out[out.length - 1];
      if (prev?.kind === 'text' && sameFormatting(prev, run)) prev.text += run.text;
      else if (run.text) out.push(run);
    }
    return out;
  }
}

function sameFormatting(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.href === b.href && a.quote?.key === b.quote?.key;
}

/** Plain text of blocks as a reader counts it: pull quotes repeat the body and captions are not body text. */
export function blocksText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'paragraph') parts.push(b.inlines.map((i) => (i.kind === 'text' ? i.text : '\n')).join(''));
    else if (b.kind === 'list') for (const item of b.items) parts.push(blocksText(item));
    else if (b.kind === 'blockquote') parts.push(blocksText(b.blocks));
  }
  return parts.join('\n\n');
}

export function publishArticle(article: Article, options: { language?: string } = {}): PublishedArticle {
  const p = new Publisher(article.sources);
  const lead: Block[] = [];
  const sections: PublishedSection[] = [];
  for (const n of bodyBeforeSuggestions(article.body).content ?? []) {
    if (n.type === 'section') {
      const [title, ...rest] = n.content ?? [];
      const hasTitle = title?.type === 'sectionTitle';
      sections.push({
        title: hasTitle ? oneLine((title.content ?? []).map((c) => c.text ?? '').join('')) : '',
        blocks: p.blocks(hasTitle ? rest : n.content),
      });
    } else {
      const blocks = p.blocks([n]);
      (sections.length ? sections[sections.length - 1].blocks : lead).push(...blocks);
    }
  }
  const text = [blocksText(lead), ...sections.map((s) => `${s.title}\n\n${blocksText(s.blocks)}`)].join('\n\n');
  return {
    id: oneLine(article.id),
    headline: oneLine(article.headline),
    dek: oneLine(article.dek),
    byline: oneLine(article.byline),
    authors: bylineAuthors(article.byline),
    dateline: oneLine(article.dateline),
    located: locatedFromDateline(article.dateline),
    slug: oneLine(article.slug),
    status: article.status,
    // The export's own choice wins; otherwise the language the article records.
    language: languageTag(options.language ?? article.language),
    createdAt: dateTimeOrNull(article.createdAt),
    updatedAt: dateTimeOrNull(article.updatedAt),
    lead,
    sections,
    sources: p.cited,
    wordCount: countWords(text),
    charCount: text.replace(/\s+/g, ' ').trim().length,
    pendingSuggestions: pendingSuggestions(article),
  };
}
