import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import { serializeArticle } from '../../../src/shared/article/file-format';
import type { Article } from '../../../src/shared/article/model';
import { articleSchema } from '../../../src/shared/schema';
import { reviewAnchors } from '../../../src/shared/review/anchors';
import { readArticle, writeArticle } from '../../../src/shared/collab/article-doc';
import { BODY, COLLAB_FORMAT, META, checkFormat } from '../../../src/shared/collab/doc-layout';
import { wellFormed } from '../../../src/shared/collab/text-field';
import { generateArticle } from '../../support/generate-article';
import { SUGGESTED_EDITS, baseArticle, fixtureArticle, importedArticles, normalised, reviewedArticle, suggestedArticle } from './support/articles';
import { doc, image, orderedList, p } from '../helpers/doc-builder';

/** article → Y.Doc → article, through y-tiptap with our schema, must give back the file it came from. */
function roundTrip(a: Article): Article {
  const ydoc = new Y.Doc();
  writeArticle(ydoc, a);
  // Through the wire too: what another client or the server sees is the encoded update.
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
  const read = readArticle(other);
  if (!read.ok) throw new Error(read.error.message);
  return read.article;
}

const same = (a: Article) => expect(serializeArticle(roundTrip(a))).toBe(serializeArticle(a));

describe('an article in a shared document', () => {
  it('the rich fixture article comes back unchanged', () => same(fixtureArticle()));

  it('every import fixture, imported, comes back unchanged', () => {
    const articles = importedArticles();
    expect(articles.length).toBeGreaterThan(20);
    for (const [name, a] of articles) expect(serializeArticle(roundTrip(a)), name).toBe(serializeArticle(a));
  });

  it('generated book-length articles (sections, pull quotes, quotations from 30 sources) come back unchanged', () => {
    for (const seed of [1, 2, 3]) same(normalised(generateArticle({ words: 4000, seed })));
  });

  it('comments (overlapping, resolved, with replies), a proposed headline, waivers and the hand-off log come back', () => same(reviewedArticle()));

  for (const [name, edit] of SUGGESTED_EDITS) {
    it(`a suggestion: ${name}, with its metadata, comes back`, () => {
      const a = suggestedArticle(edit);
      expect(Object.keys(a.review.suggestions).length).toBeGreaterThan(0);
      same(a);
    });
  }

  it('hostile strings in every text field and in the body come back, a lone surrogate as U+FFFD on every copy', () => {
    const strings = JSON.parse(readFileSync(join(__dirname, '../../fixtures/hostile/strings.json'), 'utf8')) as string[];
    const lone = strings.find((s) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(s))!;
    expect(lone).toBeDefined();
    const a = normalised({ ...baseArticle(doc(...strings.map((s) => p(s)))), headline: strings.join(' ').slice(0, 2000), dek: lone, byline: strings.at(-1)! });
    const writer = new Y.Doc();
    writeArticle(writer, a);
    const mine = readArticle(writer);
    expect(mine.ok && serializeArticle(mine.article)).toBe(serializeArticle(roundTrip(a)));
    expect(serializeArticle(roundTrip(a))).toBe(serializeArticle(wellFormed(a)));
    expect(roundTrip(a).dek).toBe(lone.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, '\uFFFD'));
  });

  it('nulls where the schema has another default come back null', () => {
    const list = { ...orderedList('One', 'Two'), attrs: { start: null, type: null } };
    same(baseArticle(doc(p('Intro'), list, { ...image({ alt: 'Map' }), attrs: { src: '', alt: null, caption: '', credit: '' } })));
  });
});

describe('issue 15 pitfall 3, shown on plain y-tiptap', () => {
  it('without our node attributes a block suggestion mark and a null attribute are lost', () => {
    const a = suggestedArticle(SUGGESTED_EDITS.find(([n]) => n.startsWith('a section inserted'))![1]);
    const withNull = { ...a.body, content: [...a.body.content!, { ...orderedList('One'), attrs: { start: null, type: null } }] };
    const frag = prosemirrorJSONToYXmlFragment(articleSchema(), withNull, new Y.Doc().getXmlFragment('x'));
    const back = yXmlFragmentToProseMirrorRootNode(frag, articleSchema()).toJSON();
    expect(reviewAnchors(a.body).suggestions.size).toBe(1);
    expect(reviewAnchors(back).suggestions.size).toBe(0);
    expect(back.content.at(-1).attrs.start).toBe(1);
  });
});

describe('the shared document’s format', () => {
  it('is written into the document, and a client of an older format is refused with a sentence', () => {
    const ydoc = new Y.Doc();
    writeArticle(ydoc, baseArticle());
    expect(ydoc.getMap(META).get('format')).toBe(COLLAB_FORMAT);
    expect(checkFormat(ydoc)).toEqual({ ok: true });
    const older = checkFormat(ydoc, COLLAB_FORMAT - 1);
    expect(older.ok).toBe(false);
    expect(!older.ok && older.message).toMatch(/Update Copydesk/);
  });

  it('a newer document is read as newer, and reading it changes nothing', () => {
    const ydoc = new Y.Doc();
    writeArticle(ydoc, baseArticle());
    ydoc.getMap(META).set('format', COLLAB_FORMAT + 1);
    const read = readArticle(ydoc);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe('newer-schema');
  });

  it('a body node this build does not know makes the read fail instead of deleting it', () => {
    const ydoc = new Y.Doc();
    writeArticle(ydoc, baseArticle());
    const before = Y.encodeStateVector(ydoc);
    ydoc.getXmlFragment(BODY).insert(0, [new Y.XmlElement('factBox')]);
    const after = Y.encodeStateAsUpdate(ydoc);
    const read = readArticle(ydoc);
    expect(read.ok).toBe(false);
    expect(ydoc.getXmlFragment(BODY).get(0)).toBeInstanceOf(Y.XmlElement);
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(after);
    expect(before).not.toEqual(Y.encodeStateVector(ydoc));
  });

  it('an empty document reads as not seeded yet', () => {
    const read = readArticle(new Y.Doc());
    expect(!read.ok && read.error.code).toBe('empty');
  });
});
