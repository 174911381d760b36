import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import type { CopydeskApi } from '../../../shared/ipc/client';
import { imageSizeRefusal } from '../../../shared/images/image-check';
import type { OpenArticle } from '../article/open-article';
import { errorSentence } from '../ui/errors';
import { readBase64 } from '../ui/read-file';
import type { NewImage } from '../article/editor/transforms/insert-image';
import { focusImageAlt } from '../article/editor/image-view';

/** The file types a picture chooser offers (anything else can still be dropped, and is refused with its reason). */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,.png,.jpg,.jpeg,.gif,.webp';

/** Follows a position through the edits made while the files are copied, so a drop lands where it was dropped. */
function trackPosition(editor: Editor, pos: number | null): { get(): number | undefined; stop(): void } {
  let at = pos;
  const onTransaction = ({ transaction }: { transaction: Transaction }) => {
    if (at !== null) at = transaction.mapping.map(at);
  };
  editor.on('transaction', onTransaction);
  return { get: () => at ?? undefined, stop: () => editor.off('transaction', onTransaction) };
}

/**
 * Copies picture files (chosen, dropped or pasted) into the library's assets folder and inserts
 * those it accepted, all as one undo step, at `at` or after the cursor's block. Each refused file
 * is named with its reason above the body, and changes nothing.
 */
export async function insertImageFiles(api: CopydeskApi, article: OpenArticle, files: File[], at: number | null): Promise<void> {
  const { editor, ui, session } = article;
  if (session.readOnly || !editor.isEditable) return ui.set({ notice: 'This article is read-only: no picture can be added.' });
  const position = trackPosition(editor, at);
  const accepted: NewImage[] = [];
  const refused: string[] = [];
  try {
    for (const file of files) {
      // Refused before reading, so a 2 GB file is never read into the page.
      const early = imageSizeRefusal(file.name, file.size);
      if (early) {
        refused.push(early.message);
        continue;
      }
      const r = await api.call('assets.add', { articleId: session.document.fields.id, fileName: file.name, data: await readBase64(file) });
      if (r.ok) accepted.push({ src: r.value.src });
      else refused.push(errorSentence(r.error));
    }
  } catch (e) {
    refused.push(`A picture could not be read: ${(e as Error).message}.`);
  } finally {
    position.stop();
  }
  if (editor.isDestroyed) return;
  if (accepted.length) {
    // Straight into the (last) picture's alt text, which it needs; typing on cannot replace the selected picture.
    if (editor.chain().focus().insertImages(accepted, position.get()).run()) focusImageAlt(editor, editor.state.selection.from);
    else refused.push('The picture cannot go there; put the cursor in a paragraph and insert it again.');
  }
  ui.set({ notice: refused.length ? refused.join(' ') : null });
}
