import * as Y from 'yjs';
import type { Article } from '../article/model';
import { parseArticle, type ParseResult } from '../article/file-format';
import { reviewForFile } from '../review/normalise';
import { readBody, writeBody } from './body';
import { BODY, CLAIMS, COLLAB_FORMAT, FIELDS, META, REVIEW_UNREADABLE, SOURCES, STATUS_LOG, SUGGESTIONS, THREADS, WAIVERS, checkFormat } from './doc-layout';
import { equalJson, readEntries, readOrderedEntries, writeEntries, writeOrderedEntries, writePlain, type Entry } from './keyed-maps';
import { setText, wellFormed } from './text-field';

/** Fields people type into, kept as Y.Text so two people typing in one at once both keep their words. */
const TEXT_FIELDS: ReadonlySet<string> = new Set(['headline', 'dek', 'byline', 'dateline', 'slug']);
/** Parts of the article that are not fields: each has its own place in the document. */
const NOT_FIELDS: ReadonlySet<string> = new Set(['schemaVersion', 'body', 'sources', 'claims', 'statusLog', 'review']);
const THREAD_SHAPE = { nested: ['replies'] } as const;

const entries = (doc: Y.Doc, name: string) => doc.getMap<Y.Map<unknown>>(name);

/** True once the document holds an article (the server seeded it, or it came from one that did). */
export function isSeeded(doc: Y.Doc): boolean {
  return doc.getMap(META).has('format');
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) map.delete(key);
  else if (!map.has(key) || !equalJson(map.get(key), value)) map.set(key, value);
}

/**
 * Makes the shared document hold `article`, in one transaction (given `origin`), changing only what
 * differs from what it holds now. Seeding an empty document is the same call. Lone surrogates are
 * written as U+FFFD (see wellFormed): the one change a shared document makes to an article.
 */
export function writeArticle(doc: Y.Doc, given: Article, origin: unknown = null): void {
  const article = wellFormed(given);
  doc.transact(() => {
    const meta = doc.getMap<unknown>(META);
    setIfChanged(meta, 'format', COLLAB_FORMAT);
    setIfChanged(meta, 'articleSchemaVersion', article.schemaVersion);
    setIfChanged(meta, 'reviewVersion', article.review.version);

    const fields = doc.getMap<unknown>(FIELDS);
    const record = article as unknown as Entry;
    for (const key of [...fields.keys()]) if (record[key] === undefined) fields.delete(key);
    for (const [key, value] of Object.entries(record)) {
      if (NOT_FIELDS.has(key)) continue;
      if (TEXT_FIELDS.has(key) && typeof value === 'string') {
        let text = fields.get(key);
        if (!(text instanceof Y.Text)) {
          text = new Y.Text();
          fields.set(key, text);
        }
        setText(text as Y.Text, value);
      } else setIfChanged(fields, key, value);
    }

    writeOrderedEntries(entries(doc, SOURCES), article.sources);
    writeOrderedEntries(entries(doc, CLAIMS), article.claims);
    writeOrderedEntries(entries(doc, STATUS_LOG), article.statusLog);
    writeEntries(entries(doc, THREADS), article.review.threads, THREAD_SHAPE);
    writeEntries(entries(doc, SUGGESTIONS), article.review.suggestions);
    writeEntries(entries(doc, WAIVERS), article.review.waivers);
    writePlain(doc.getMap(REVIEW_UNREADABLE), article.review.unreadable, new Set());
    writeBody(doc, article.body);
  }, origin);
}

/**
 * The article a shared document holds, read and checked exactly as an article file is (so it can be
 * written to the library as is), or why it cannot be: not seeded, a newer format, a body that does
 * not fit this build's schema. Never changes the document.
 */
export function readArticle(doc: Y.Doc): ParseResult {
  const format = checkFormat(doc);
  if (!format.ok) {
    const meta = doc.getMap(META);
    return format.code === 'newer-format'
      ? { ok: false, error: { code: 'newer-schema', message: format.message, schemaVersion: Number(meta.get('articleSchemaVersion')) || 0 } }
      : { ok: false, error: { code: 'invalid', message: format.message } };
  }
  if (!isSeeded(doc)) return { ok: false, error: { code: 'empty', message: 'The shared document holds no article yet.' } };
  const body = readBody(doc);
  if (!body.ok) return { ok: false, error: { code: 'invalid', message: body.message } };
  const meta = doc.getMap<unknown>(META);
  const fields: Entry = {};
  for (const [key, value] of doc.getMap<unknown>(FIELDS).entries()) fields[key] = value instanceof Y.Text ? value.toString() : value;
  const raw = {
    ...fields,
    schemaVersion: meta.get('articleSchemaVersion'),
    sources: readOrderedEntries(entries(doc, SOURCES)),
    claims: readOrderedEntries(entries(doc, CLAIMS)),
    statusLog: readOrderedEntries(entries(doc, STATUS_LOG)),
    review: reviewForFile({
      version: meta.get('reviewVersion') as number,
      threads: readEntries(entries(doc, THREADS)) as Article['review']['threads'],
      suggestions: readEntries(entries(doc, SUGGESTIONS)) as Article['review']['suggestions'],
      waivers: readEntries(entries(doc, WAIVERS)) as Article['review']['waivers'],
      unreadable: doc.getMap<unknown>(REVIEW_UNREADABLE).toJSON(),
    }),
    body: body.body,
  };
  return parseArticle(JSON.stringify(raw));
}

export { BODY };
