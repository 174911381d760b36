import type { Editor } from '@tiptap/core';
import type { ArticleSession } from './store/session';
import type { ArticleUi } from './article-ui';
import type { ArticleAnalysis } from './analysis';

/** The article being edited, as commands see it: its session, its editor, its view state and analysis. */
export interface OpenArticle {
  session: ArticleSession;
  editor: Editor;
  ui: ArticleUi;
  analysis: ArticleAnalysis;
}
