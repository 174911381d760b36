import { memo } from 'react';
import type { Editor } from '@tiptap/core';
import type { Claim, Source } from '../../../shared/article/model';
import type { PanelTab, Structure } from './use-structure';
import { SourcesPanel } from '../sources/SourcesPanel';
import { ClaimsPanel } from '../claims/ClaimsPanel';

interface Props {
  editor: Editor | null;
  structure: Structure;
  sources: Source[];
  claims: Claim[];
  disabled: boolean;
}

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'sources', label: 'Sources' },
  { id: 'claims', label: 'Claims' },
];

/** The right rail: the source attribution panel and the claims panel, one at a time. */
export const PanelTabs = memo(function PanelTabs({ editor, structure, sources, claims, disabled }: Props) {
  const { tab, setTab, analysis } = structure;
  return (
    <div className="panels">
      <div role="tablist" aria-label="Panels" className="tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') setTab(tab === 'sources' ? 'claims' : 'sources');
            }}
          >
            {t.label}
            {t.id === 'claims' && analysis && analysis.claims.counts.unverified > 0 && <span className="count">{analysis.claims.counts.unverified}</span>}
            {t.id === 'sources' && analysis && analysis.attribution.warnings.length > 0 && <span className="count warn">{analysis.attribution.warnings.length}</span>}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'sources' ? (
          <SourcesPanel editor={editor} attribution={analysis?.attribution ?? null} sources={sources} structure={structure} disabled={disabled} />
        ) : (
          <ClaimsPanel editor={editor} analysis={analysis?.claims ?? null} claims={claims} structure={structure} disabled={disabled} />
        )}
      </div>
    </div>
  );
});
