import * as Y from 'yjs';
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { DocNode } from '../article/model';
import { collabSchema, fromCollabBody, toCollabBody } from './body-schema';
import { BODY } from './doc-layout';

/**
 * Makes the shared body equal `body`, changing only what differs (y-prosemirror's own diff, the one
 * its editor binding uses), so a concurrent edit elsewhere in the text survives the merge.
 */
export function writeBody(doc: Y.Doc, body: DocNode): void {
  const node = collabSchema().nodeFromJSON(toCollabBody(body));
  updateYFragment(doc, doc.getXmlFragment(BODY), node, { mapping: new Map(), isOMark: new Map() });
}

export type BodyRead = { ok: true; body: DocNode } | { ok: false; message: string };

/**
 * The shared body as article JSON. Read from a copy: y-prosemirror deletes, in the document it reads,
 * every node that does not fit the schema, and the server must never delete a newer client's content
 * by writing the file. Such content makes the read fail instead.
 */
export function readBody(doc: Y.Doc): BodyRead {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  let dropped = false;
  copy.on('update', () => (dropped = true));
  const root = yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment(BODY), collabSchema());
  copy.destroy();
  if (dropped) return { ok: false, message: 'The shared body holds content this version of Copydesk cannot represent.' };
  const json = root.toJSON() as DocNode;
  // An empty fragment reads as an empty doc; the editor always keeps one paragraph.
  if (!json.content?.length) json.content = [{ type: 'paragraph' }];
  return { ok: true, body: fromCollabBody(json) };
}
