import type { Editor } from '@tiptap/core';
import { api } from '../api';
import type { ArticleAnalysis } from '../article/analysis';
import type { ArticleDocument } from '../article/store/document';
import { styleCheckFor } from './style-check';
import { StylePanel } from './StylePanel';

/** The Style tab of the side panel: the open article's style check, made when the tab is first shown. */
export function StyleTab({ editor, analysis, document, disabled }: { editor: Editor | null; analysis: ArticleAnalysis; document: ArticleDocument; disabled: boolean }) {
  if (!editor) return <p className="muted small">Reading the article…</p>;
  return <StylePanel editor={editor} check={styleCheckFor({ session: { document }, analysis, editor }, api)} disabled={disabled} />;
}
