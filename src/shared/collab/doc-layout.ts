import type * as Y from 'yjs';
import { SCHEMA_VERSION } from '../article/model';

/**
 * How an article lives in a shared Yjs document. The body is a Y.XmlFragment (what TipTap's
 * Collaboration extension binds, under `field: BODY`); the fields are a Y.Map; sources, claims, the
 * hand-off log and the review data are Y.Maps keyed by id, one Y.Map per entry, so two people
 * changing different entries, or different fields of one entry, both keep their change. Anchors
 * (comments, suggestions, quotations, claims) stay marks on the body's text.
 */
export const BODY = 'body';
export const META = 'meta';
export const FIELDS = 'fields';
export const SOURCES = 'sources';
export const CLAIMS = 'claims';
export const STATUS_LOG = 'statusLog';
export const THREADS = 'threads';
export const SUGGESTIONS = 'suggestions';
export const WAIVERS = 'waivers';
/** Review entries this build could not read, by their place in the file, kept as they were. */
export const REVIEW_UNREADABLE = 'reviewUnreadable';

/**
 * The layout of the shared document, written into it. Raise it whenever a change to the layout or
 * to the body schema would let an older client drop what it cannot represent: y-prosemirror deletes
 * nodes that do not fit a client's schema, and that deletion syncs to everyone (issue 15, pitfall 5).
 */
export const COLLAB_FORMAT = 1;

export type FormatCheck =
  | { ok: true }
  | { ok: false; code: 'newer-format' | 'not-an-article'; message: string };

/**
 * Whether a client of `clientFormat` may edit this document. An empty document (not seeded yet) is
 * not refused here: the server seeds it before anyone reads it.
 */
export function checkFormat(doc: Y.Doc, clientFormat = COLLAB_FORMAT): FormatCheck {
  const meta = doc.getMap(META);
  const format = meta.get('format');
  const articleVersion = meta.get('articleSchemaVersion');
  if (format === undefined && doc.getXmlFragment(BODY).length === 0) return { ok: true };
  if (typeof format !== 'number' || typeof articleVersion !== 'number') {
    return { ok: false, code: 'not-an-article', message: 'This shared document is not a Copydesk article.' };
  }
  if (format > clientFormat || articleVersion > SCHEMA_VERSION) {
    return {
      ok: false,
      code: 'newer-format',
      message: `This article is shared in a newer format (${format}) than this version of Copydesk reads (${clientFormat}). Update Copydesk to edit it; nothing was changed.`,
    };
  }
  return { ok: true };
}
