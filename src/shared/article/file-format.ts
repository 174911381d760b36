import { Article, ArticleStatus, Claim, DocNodeSchema, LegalRead, SCHEMA_VERSION, Source, StatusChange, V1_STATUS_RENAMES, version2Defaults, type DocNode } from './model';
import { readReview, reconcileReview, reviewForFile, type ReviewNote } from '../review/normalise';

/** Why an article file could not be opened; `code` is what the UI and CLI branch on. */
export type ArticleFileError =
  | { code: 'empty'; message: string }
  | { code: 'not-text'; message: string }
  | { code: 'not-json'; message: string }
  | { code: 'newer-schema'; message: string; schemaVersion: number }
  | { code: 'invalid'; message: string };

/**
 * A readable article; `notes` (present only when there are any) say what was odd about its review
 * data and what was done so nothing is lost. The UI shows them when the article opens.
 */
export type ParseResult = { ok: true; article: Article; notes?: ReviewNote[] } | { ok: false; error: ArticleFileError };

const ARTICLE_KEY_ORDER = [
  'schemaVersion', 'id', 'headline', 'dek', 'byline', 'dateline', 'slug', 'status',
  'desk', 'assignee', 'language', 'wordTarget', 'legal', 'embargo',
  'createdAt', 'updatedAt', 'sources', 'claims', 'statusLog', 'review', 'body',
] as const;
const NODE_KEY_ORDER = ['type', 'attrs', 'text', 'marks', 'content'] as const;

function sortedObject(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = canonical(o[k]);
  return out;
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') return sortedObject(v as Record<string, unknown>);
  return v;
}

function canonicalNode(n: DocNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of NODE_KEY_ORDER) {
    const v = n[k];
    if (v === undefined) continue;
    if (k === 'content') out[k] = (v as DocNode[]).map(canonicalNode);
    else out[k] = canonical(v);
  }
  return out;
}

/**
 * The file text for an article: pretty-printed JSON with a fixed key order, so that a diff of two
 * versions shows only what changed. Always ends with a newline.
 */
export function serializeArticle(article: Article): string {
  const out: Record<string, unknown> = {};
  for (const k of ARTICLE_KEY_ORDER) {
    if (k === 'body') out[k] = canonicalNode(article.body);
    else if (k === 'review') out[k] = canonical(reviewForFile(article.review));
    else out[k] = canonical(article[k]);
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/** Parses article file text. Never throws: every failure is a value with a sentence for the user. */
export function parseArticle(text: string): ParseResult {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (t.trim() === '') return { ok: false, error: { code: 'empty', message: 'The file is empty.' } };
  // A raw NUL never appears in JSON text (the serializer escapes it): this is a binary file.
  if (t.includes('\u0000')) {
    return { ok: false, error: { code: 'not-text', message: 'The file contains binary data, not article text.' } };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(t);
  } catch (e) {
    return {
      ok: false,
      error: { code: 'not-json', message: `The file is not valid JSON (it may be truncated): ${(e as Error).message}` },
    };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: { code: 'invalid', message: 'The file is JSON but not a Copydesk article.' } };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    return {
      ok: false,
      error: {
        code: 'newer-schema',
        schemaVersion: version,
        message: `This article was saved by a newer version of Copydesk (file format ${version}; this version reads up to ${SCHEMA_VERSION}). It is shown read-only and will not be overwritten.`,
      },
    };
  }
  const current = version === 1 ? migrateV1(raw as Record<string, unknown>) : (raw as Record<string, unknown>);
  const read = readReview(current.review);
  const parsed = Article.safeParse({ ...current, review: read.review });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at "${first.path.join('.')}"` : '';
    return {
      ok: false,
      error: { code: 'invalid', message: `The file is not a valid Copydesk article${where}: ${first?.message ?? 'unknown problem'}.` },
    };
  }
  if (parsed.data.body.type !== 'doc') {
    return { ok: false, error: { code: 'invalid', message: 'The article body is not a document.' } };
  }
  const reconciled = reconcileReview(parsed.data);
  const notes = [...read.notes, ...reconciled.notes];
  return notes.length ? { ok: true, article: reconciled.article, notes } : { ok: true, article: reconciled.article };
}

/**
 * Version 1 → 2: two statuses were renamed, and the workflow fields and review data are new. A
 * version 1 article had no language and its exports declared plain English ("en"), so it keeps
 * that rather than the newer default, and exports of an old article stay the same.
 */
function migrateV1(raw: Record<string, unknown>): Record<string, unknown> {
  const status = typeof raw.status === 'string' ? (V1_STATUS_RENAMES[raw.status] ?? raw.status) : raw.status;
  return { ...version2Defaults(), language: 'en', ...raw, schemaVersion: 2, status };
}

/**
 * Parses an article file's bytes. Invalid UTF-8 is reported as such, rather than decoded into
 * replacement characters that a later save would make permanent. (A U+FFFD the writer typed is fine.)
 */
export function parseArticleBytes(bytes: Uint8Array): ParseResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-text', message: 'The file is not UTF-8 text (it may be binary or in another encoding).' } };
  }
  return parseArticle(text);
}

/**
 * What this version can show of an article it cannot fully read (a newer file format): every
 * field that still has the shape it knows, the rest left empty. For read-only display only.
 */
export function salvageArticle(raw: unknown, fallbackId: string): Article {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '');
  const listOf = <T>(k: string, schema: { safeParse(v: unknown): { success: boolean; data?: T } }): T[] =>
    Array.isArray(o[k]) ? (o[k] as unknown[]).map((v) => schema.safeParse(v)).filter((r) => r.success).map((r) => r.data as T) : [];
  const body = DocNodeSchema.safeParse(o.body);
  const status = ArticleStatus.safeParse(typeof o.status === 'string' ? (V1_STATUS_RENAMES[o.status] ?? o.status) : o.status);
  const defaults = version2Defaults();
  const wordTarget = o.wordTarget;
  const legal = LegalRead.safeParse(o.legal);
  const optionalTime = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: str('id') || fallbackId,
    headline: str('headline'),
    dek: str('dek'),
    byline: str('byline'),
    dateline: str('dateline'),
    slug: str('slug'),
    status: status.success ? status.data : 'draft',
    desk: str('desk'),
    assignee: str('assignee'),
    language: str('language') || defaults.language,
    wordTarget: typeof wordTarget === 'number' && Number.isInteger(wordTarget) && wordTarget > 0 ? wordTarget : null,
    legal: legal.success ? legal.data : defaults.legal,
    embargo: optionalTime('embargo'),
    createdAt: str('createdAt'),
    updatedAt: str('updatedAt'),
    body: body.success && body.data.type === 'doc' ? body.data : { type: 'doc', content: [{ type: 'paragraph' }] },
    sources: listOf('sources', Source),
    claims: listOf('claims', Claim),
    statusLog: listOf('statusLog', StatusChange),
    review: readReview(o.review).review,
  };
}
