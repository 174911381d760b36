import { describe, expect, it } from 'vitest';
import type { Mark, ParseRule } from '@tiptap/pm/model';
import { articleSchema } from '../../../src/shared/schema';

const schema = articleSchema();

/** What a browser element would answer for the attributes a mark renders, without a DOM. */
function elementFrom(mark: Mark) {
  const spec = mark.type.spec.toDOM!(mark, true) as [string, Record<string, string>, 0];
  const attrs = spec[1];
  return { tag: spec[0], attrs, el: { getAttribute: (n: string) => (n in attrs ? attrs[n] : null) } };
}

function parsedBack(mark: Mark): Record<string, unknown> | false | null | undefined {
  const { tag, attrs, el } = elementFrom(mark);
  const rule = (mark.type.spec.parseDOM as ParseRule[]).find((r) => 'tag' in r && r.tag!.startsWith(tag) && r.tag!.includes(`"${attrs['data-type']}"`));
  return rule && 'getAttrs' in rule && rule.getAttrs ? (rule.getAttrs as (e: unknown) => Record<string, unknown> | false | null)(el) : null;
}

describe('review marks in the shared schema', () => {
  it('have the specs suggest-changes expects, and a comment mark that may overlap', () => {
    expect(schema.marks.comment.spec).toMatchObject({ inclusive: false, excludes: '' });
    expect(schema.marks.insertion.spec).toMatchObject({ inclusive: false, excludes: 'deletion modification insertion', attrs: { id: { validate: 'number|string' } } });
    expect(schema.marks.deletion.spec).toMatchObject({ inclusive: false, excludes: 'insertion modification deletion', attrs: { id: { validate: 'number|string' } } });
    expect(schema.marks.modification.spec.attrs).toEqual({
      id: { validate: 'number|string' },
      type: { validate: 'string' },
      attrName: { default: null, validate: 'string|null' },
      previousValue: { default: null },
      newValue: { default: null },
    });
    expect(() => schema.marks.insertion.create({})).toThrow();
  });

  it('round-trip their attributes through data-* attributes', () => {
    const marks = [
      schema.marks.comment.create({ id: 't1' }),
      schema.marks.insertion.create({ id: 'sg-tom-1' }),
      schema.marks.deletion.create({ id: 7 }),
      schema.marks.modification.create({ id: 'sg-ana-2', type: 'mark', attrName: 'quotation', previousValue: { type: 'quotation', attrs: { id: 'q1', sourceId: 'bell' } }, newValue: null }),
    ];
    for (const m of marks) expect(m.type.create(parsedBack(m) || {}).attrs, m.type.name).toEqual(m.attrs);
  });

  it('may sit on every container’s blocks and on titles and pull quotes', () => {
    for (const container of ['doc', 'section', 'blockquote', 'bulletList', 'orderedList', 'listItem']) {
      for (const m of ['insertion', 'deletion', 'modification']) expect(schema.nodes[container].allowsMarkType(schema.marks[m]), `${container} ${m}`).toBe(true);
    }
    for (const block of ['sectionTitle', 'pullQuote']) {
      for (const m of ['comment', 'insertion', 'deletion', 'modification']) expect(schema.nodes[block].allowsMarkType(schema.marks[m]), `${block} ${m}`).toBe(true);
      expect(schema.nodes[block].allowsMarkType(schema.marks.bold)).toBe(false);
      expect(schema.nodes[block].allowsMarkType(schema.marks.quotation)).toBe(false);
    }
  });
});
