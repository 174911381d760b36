import { memo, useMemo } from 'react';
import type { Editor } from '@tiptap/core';
import { useWatch } from '../ui/store';
import type { ArticleAnalysis } from './analysis';
import type { ArticleUi, PanelTab } from './article-ui';
import type { ArticleDocument } from './store/document';
import { SourcesPanel } from '../sources/SourcesPanel';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { ReviewPanel } from '../review/ReviewPanel';
import { reviewItems, waitingCount } from '../review/review-items';
import type { ReviewController } from '../review/review-controller';
import { StyleTab } from '../style/StyleTab';

interface Props {
  editor: Editor | null;
  ui: ArticleUi;
  analysis: ArticleAnalysis;
  review: ReviewController;
  document: ArticleDocument;
  disabled: boolean;
}

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'sources', label: 'Sources' },
  { id: 'claims', label: 'Claims' },
  { id: 'review', label: 'Review' },
  { id: 'style', label: 'Style' },
];

/** The right rail: the source attribution panel, the claims panel and the review panel, one at a time. */
export const PanelTabs = memo(function PanelTabs({ editor, ui, analysis, review, document, disabled }: Props) {
  const tab = useWatch(ui, (s) => s.tab);
  const result = useWatch(analysis, (s) => s.result);
  const anchors = useWatch(review, (s) => s.anchors);
  const reviewData = useWatch(document, (f) => f.review);
  const reviewCount = useMemo(() => waitingCount(reviewItems(reviewData, anchors)), [reviewData, anchors]);
  const select = (id: PanelTab) => ui.set({ tab: id });
  return (
    <div className="panels">
      <div role="tablist" aria-label="Panels" className="tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => select(t.id)}
            onKeyDown={(e) => {
              if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
              const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
              select(next.id);
              e.currentTarget.parentElement?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
            {t.id === 'claims' && result && result.claims.counts.unverified > 0 && <span className="count">{result.claims.counts.unverified}</span>}
            {t.id === 'review' && reviewCount > 0 && <span className="count">{reviewCount}</span>}
            {t.id === 'sources' && result && result.attribution.warnings.length > 0 && <span className="count warn">{result.attribution.warnings.length}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'style' ? (
          <StyleTab editor={editor} analysis={analysis} document={document} disabled={disabled} />
        ) : tab === 'sources' ? (
          <SourcesPanel editor={editor} attribution={result?.attribution ?? null} document={document} ui={ui} disabled={disabled} />
        ) : tab === 'claims' ? (
          <ClaimsPanel editor={editor} analysis={result?.claims ?? null} document={document} disabled={disabled} />
        ) : (
          <ReviewPanel review={review} document={document} disabled={disabled} />
        )}
      </div>
    </div>
  );
});
