import type { Editor } from '@tiptap/core';
import type { Source } from '../../../shared/article/model';
import { newId } from '../../../shared/ids';
import { api } from '../api';
import type { ArticleUi } from '../article/article-ui';
import type { ArticleSession } from '../article/store/session';

/**
 * A source was chosen or saved in the picker: it joins the article (or replaces its earlier
 * version) and, when attributing, the selected words become its quotation — one undo step for
 * both. Sources chosen from or saved to the book go back to the book too.
 */
export async function commitSource(article: { session: ArticleSession; editor: Editor; ui: ArticleUi }, source: Source, toBook: boolean): Promise<void> {
  const { session, editor, ui } = article;
  const state = ui.value.picker;
  session.document.transact(() => {
    session.document.apply([{ kind: 'source.add', source }]);
    if (state?.mode === 'attribute') {
      editor
        .chain()
        .setTextSelection(state.range)
        .first(({ commands }) => [() => commands.setPullQuoteSource(source.id), () => commands.setQuotation({ id: newId('q'), sourceId: source.id })])
        .run();
    }
  });
  ui.set({ picker: null, activeSourceId: source.id });
  if (state?.mode === 'attribute') editor.view.focus();
  if (toBook) {
    const r = await api.call('sources.upsert', { source });
    if (!r.ok) ui.set({ notice: `The source is in this article but could not be added to the source book: ${r.error.message}` });
  }
}
