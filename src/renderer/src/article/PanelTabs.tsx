import { memo } from 'react';
import type { Editor } from '@tiptap/core';
import { useWatch } from '../ui/store';
import type { ArticleAnalysis } from './analysis';
import type { ArticleUi, PanelTab } from './article-ui';
import type { ArticleDocument } from './store/document';
import { SourcesPanel } from '../sources/SourcesPanel';
import { ClaimsPanel } from '../claims/ClaimsPanel';
import { StyleTab } from '../style/StyleTab';

interface Props {
  editor: Editor | null;
  ui: ArticleUi;
  analysis: ArticleAnalysis;
  document: ArticleDocument;
  disabled: boolean;
}

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'sources', label: 'Sources' },
  { id: 'claims', label: 'Claims' },
  { id: 'style', label: 'Style' },
];

/** The right rail: the source attribution panel and the claims panel, one at a time. */
export const PanelTabs = memo(function PanelTabs({ editor, ui, analysis, document, disabled }: Props) {
  const tab = useWatch(ui, (s) => s.tab);
  const result = useWatch(analysis, (s) => s.result);
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
            {t.id === 'sources' && result && result.attribution.warnings.length > 0 && <span className="count warn">{result.attribution.warnings.length}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'style' ? (
          <StyleTab editor={editor} analysis={analysis} document={document} disabled={disabled} />
        ) : tab === 'sources' ? (
          <SourcesPanel editor={editor} attribution={result?.attribution ?? null} document={document} ui={ui} disabled={disabled} />
        ) : (
          <ClaimsPanel editor={editor} analysis={result?.claims ?? null} document={document} disabled={disabled} />
        )}
      </div>
    </div>
  );
});
