/**
 * Builds article bodies for tests the way ProseMirror's tests do: `doc(section(title('Vote'), p('Said ',
 * quotation('yes', 'src-1'))))`. Strings become text (inside a block) or paragraphs (inside a container).
 */
import { Article, Claim, SCHEMA_VERSION, Source, type DocNode } from '../../../src/shared/article/model';

type Mark = NonNullable<DocNode['marks']>[number];
export type Inline = string | DocNode | Inline[];
export type Block = string | DocNode | Block[];
type Attrs = Record<string, unknown>;

let counter = 0;
/** A fresh id for marks and nodes built without one; stable within a test run, unique across it. */
export function nextId(prefix: string): string {
  return `${prefix}-${++counter}`;
}

function inline(children: Inline[]): DocNode[] {
  return children.flat(Infinity as 1).flatMap((c) => (typeof c === 'string' ? (c === '' ? [] : [{ type: 'text', text: c }]) : [c as DocNode]));
}

function blocks(children: Block[]): DocNode[] {
  return children.flat(Infinity as 1).map((c) => (typeof c === 'string' ? p(c) : (c as DocNode)));
}

const isAttrs = (v: unknown): v is Attrs =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !('type' in v);

/** Adds a mark to every text (and line break) node in `children`, keeping marks already there. */
export function mark(type: string, attrs: Attrs | undefined, ...children: Inline[]): DocNode[] {
  const m: Mark = attrs ? { type, attrs } : { type };
  return inline(children).map((n) => ({ ...n, marks: [...(n.marks ?? []), m] }));
}

export const text = (value: string, ...marks: Mark[]): DocNode => (marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value });
export const bold = (...children: Inline[]) => mark('bold', undefined, ...children);
export const italic = (...children: Inline[]) => mark('italic', undefined, ...children);
export const link = (href: string, ...children: Inline[]) => mark('link', { href }, ...children);
export const hardBreak = (): DocNode => ({ type: 'hardBreak' });

/** Quoted words attributed to `sourceId`; pass the same `id` in two paragraphs for a quotation that runs over both. */
export function quotation(content: Inline, sourceId: string | null, id: string | null = nextId('q')): DocNode[] {
  return mark('quotation', { id, sourceId }, content);
}
/** Words marked as a claim; its status lives in `article.claims` under the same id. */
export function claim(content: Inline, claimId: string | null): DocNode[] {
  return mark('claim', { claimId }, content);
}

export const p = (...children: Inline[]): DocNode => node('paragraph', undefined, inline(children));
export const sectionTitle = (...children: Inline[]): DocNode => node('sectionTitle', undefined, inline(children));
export const title = sectionTitle;
export function pullQuote(value: string, sourceId: string | null = null, id: string | null = nextId('pq')): DocNode {
  return node('pullQuote', { id, sourceId }, inline([value]));
}

/** `section(title('…'), p('…'))`, or `section({ id: 's1' }, title('…'), …)`; a string first child becomes the title. */
export function section(first?: Attrs | Block, ...rest: Block[]): DocNode {
  const attrs = isAttrs(first) ? { id: nextId('s'), ...first } : { id: nextId('s') };
  const children = isAttrs(first) ? rest : first === undefined ? rest : [first, ...rest];
  const [head, ...tail] = children;
  const titleNode = typeof head === 'string' ? sectionTitle(head) : head;
  return node('section', attrs, [titleNode, ...blocks(tail)].filter((c): c is DocNode => c !== undefined) as DocNode[]);
}

export const listItem = (...children: Block[]): DocNode => node('listItem', undefined, blocks(children));
const items = (children: Block[]) => children.map((c) => (typeof c === 'object' && !Array.isArray(c) && c.type === 'listItem' ? c : listItem(c)));
export const bulletList = (...children: Block[]): DocNode => node('bulletList', undefined, items(children));
export const orderedList = (...children: Block[]): DocNode => node('orderedList', { start: 1 }, items(children));
export const blockquote = (...children: Block[]): DocNode => node('blockquote', undefined, blocks(children));
export function image(attrs: { src?: string; alt?: string; caption?: string; credit?: string; width?: number } = {}): DocNode {
  return { type: 'image', attrs: { src: '', alt: '', caption: '', credit: '', ...attrs } };
}

/** The article body. Strings become paragraphs; an empty doc gets the one empty paragraph the editor keeps. */
export function doc(...children: Block[]): DocNode {
  const content = blocks(children);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/** Any node, for types without a helper. Empty content is left out, as the editor saves it. */
export function node(type: string, attrs?: Attrs, content?: DocNode[]): DocNode {
  const n: DocNode = { type };
  if (attrs) n.attrs = attrs;
  if (content?.length) n.content = content;
  return n;
}

/** A source with the model's defaults; name defaults to the id so messages read naturally. */
export function makeSource(partial: Partial<Source> & { id: string }): Source {
  return Source.parse({ name: partial.id, ...partial });
}

export function makeClaim(partial: Partial<Claim> & { id: string }): Claim {
  return Claim.parse(partial);
}

/** A valid article (checked against the model) with whatever the test cares about filled in. */
export function makeArticle(partial: Partial<Omit<Article, 'sources' | 'claims'>> & {
  sources?: (Partial<Source> & { id: string })[];
  claims?: (Partial<Claim> & { id: string })[];
} = {}): Article {
  const now = '2026-01-01T00:00:00.000Z';
  return Article.parse({
    schemaVersion: SCHEMA_VERSION,
    id: 'article-1',
    createdAt: now,
    updatedAt: now,
    body: doc(),
    ...partial,
    sources: (partial.sources ?? []).map(makeSource),
    claims: (partial.claims ?? []).map(makeClaim),
  });
}
