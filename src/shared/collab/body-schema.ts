import { Extension, getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import type { DocNode } from '../article/model';
import { articleExtensions, articleSchema } from '../schema';

/**
 * y-prosemirror (and y-tiptap, its TipTap fork) syncs a node's type, its non-null attributes and its
 * children, never a node's own marks, and a null attribute comes back as the attribute's default
 * (issue 15, pitfall 3). Our body has both: a block suggested in or out as a whole (a section, a pull
 * quote, a paragraph, a list item, an image) and a line break inside suggested or formatted words
 * carry their insertion/deletion/modification or formatting mark on the node itself, and an ordered
 * list or an image can hold null where the default is not null. So in the shared document every
 * node (but the doc and text) has two more attributes, which y-prosemirror does sync: `nodeMarks`
 * (the node's marks as JSON) and `nullAttrs` (the names of attributes that are null against a
 * non-null default). The editor uses the same extension in newsroom mode, so the attributes ride
 * along through its binding too; the file format never sees them.
 */
export const NODE_MARKS = 'nodeMarks';
export const NULL_ATTRS = 'nullAttrs';

type MarkJson = NonNullable<DocNode['marks']>[number];

export const CollabNodeAttributes = Extension.create({
  name: 'collabNodeAttributes',
  addGlobalAttributes() {
    const types = this.extensions.filter((e) => e.type === 'node' && e.name !== 'doc' && e.name !== 'text').map((e) => e.name);
    const hidden = { default: null, rendered: false, keepOnSplit: false };
    return [{ types, attributes: { [NODE_MARKS]: hidden, [NULL_ATTRS]: hidden } }];
  },
});

let cached: { collab: Schema; article: Schema } | null = null;
function schemas() {
  cached ??= { collab: getSchema([...articleExtensions(), CollabNodeAttributes]), article: articleSchema() };
  return cached;
}

/** The article schema with the two attributes above: what the shared body is read and written with. */
export function collabSchema(): Schema {
  return schemas().collab;
}

/** The body as the shared document holds it: node marks and meaningful nulls moved into attributes. */
export function toCollabBody(body: DocNode): DocNode {
  const { article } = schemas();
  const walk = (n: DocNode): DocNode => {
    if (n.type === 'text') return n;
    const out: DocNode = { ...n };
    const attrs: Record<string, unknown> = { ...n.attrs };
    if (n.type !== 'doc' && n.marks?.length) attrs[NODE_MARKS] = n.marks;
    delete out.marks;
    const specs = article.nodes[n.type]?.spec.attrs ?? {};
    const nulls = Object.keys(attrs).filter((k) => attrs[k] === null && specs[k] && specs[k].default !== null && specs[k].default !== undefined);
    if (nulls.length) attrs[NULL_ATTRS] = nulls;
    if (Object.keys(attrs).length) out.attrs = attrs;
    if (n.content) out.content = n.content.map(walk);
    return out;
  };
  return walk(body);
}

/** The reverse of toCollabBody, normalised by the article schema as the editor would save it. */
export function fromCollabBody(body: DocNode): DocNode {
  const walk = (n: DocNode): DocNode => {
    if (n.type === 'text') return n;
    const out: DocNode = { ...n };
    if (n.attrs) {
      const attrs: Record<string, unknown> = { ...n.attrs };
      const marks = attrs[NODE_MARKS] as MarkJson[] | null | undefined;
      const nulls = attrs[NULL_ATTRS] as string[] | null | undefined;
      delete attrs[NODE_MARKS];
      delete attrs[NULL_ATTRS];
      for (const k of nulls ?? []) attrs[k] = null;
      if (marks?.length) out.marks = marks;
      out.attrs = attrs;
      if (!Object.keys(attrs).length) delete out.attrs;
    }
    if (n.content) out.content = n.content.map(walk);
    return out;
  };
  return normaliseBody(walk(body));
}

/**
 * A body as the article schema writes it (every attribute present, marks in schema order), with
 * marks of one type on the same words (overlapping comments) ordered by their attributes: their
 * order means nothing, and y-prosemirror does not keep it.
 */
export function normaliseBody(body: DocNode): DocNode {
  const { article } = schemas();
  const rank = new Map(Object.keys(article.marks).map((name, i) => [name, i]));
  const key = (m: MarkJson) => JSON.stringify(m.attrs ?? {});
  const walk = (n: DocNode): void => {
    if (n.marks && n.marks.length > 1) n.marks.sort((a, b) => (rank.get(a.type) ?? 0) - (rank.get(b.type) ?? 0) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    n.content?.forEach(walk);
  };
  const json = article.nodeFromJSON(body).toJSON() as DocNode;
  walk(json);
  return json;
}
