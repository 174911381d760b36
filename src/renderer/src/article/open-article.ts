import type { Editor } from '@tiptap/core';
import type { ArticleSession } from './store/session';
import type { ArticleUi } from './article-ui';
import type { ArticleAnalysis } from './analysis';
import type { ReviewController } from '../review/review-controller';

/** The article being edited, as commands see it: its session, its editor, its view state, analysis and review. */
export interface OpenArticle {
  session: ArticleSession;
  editor: Editor;
  ui: ArticleUi;
  analysis: ArticleAnalysis;
  review: ReviewController;
}
