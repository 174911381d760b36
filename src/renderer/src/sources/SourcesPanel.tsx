import { useEffect, useRef } from 'react';
import type { Editor } from '@tiptap/core';
import type { AttributionAnalysis, AttributionWarning } from '../../../shared/analysis/attribution';
import { excerpt } from '../../../shared/analysis/target';
import { jumpTo } from '../article/editor/jump';
import type { ArticleUi } from '../article/article-ui';
import type { ArticleDocument } from '../article/store/document';
import { useWatch } from '../ui/store';
import { CommandButton } from '../commands/CommandButton';
import { words } from '../ui/format';
import { STANDING_LABELS, sourceName, sourceRole } from '../../../shared/article/labels';
import { WarningList } from '../ui/WarningList';
import { QuotedElsewhere } from './QuotedElsewhere';

interface Props {
  editor: Editor | null;
  attribution: AttributionAnalysis | null;
  document: ArticleDocument;
  ui: ArticleUi;
  disabled: boolean;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Every source in the article with its quotations and share of the quoted words, the standing totals and the warnings. */
export function SourcesPanel({ editor, attribution, document, ui, disabled }: Props) {
  const active = useRef<HTMLLIElement>(null);
  const sources = useWatch(document, (f) => f.sources);
  const activeSourceId = useWatch(ui, (s) => s.activeSourceId);
  useEffect(() => {
    active.current?.scrollIntoView({ block: 'nearest' });
  }, [activeSourceId]);

  if (!attribution) return <p className="muted small">Reading the article…</p>;
  const { totals } = attribution;
  const byId = new Map(sources.map((s) => [s.id, s]));
  const go = (w: AttributionWarning) => {
    const t = w.target;
    if (t.kind === 'source') ui.set({ activeSourceId: t.sourceId });
    else if ('range' in t && t.range && editor) jumpTo(editor, t.range);
  };
  return (
    <div className="sources-panel">
      <p className="totals" aria-label="Standing totals">
        <span>{totals.onRecord} on the record</span> · <span>{totals.background} on background</span> · <span>{totals.anonymous} anonymous</span>
      </p>
      <CommandButton id="article.addSource" label="Add source" />
      {attribution.sources.length === 0 && <p className="muted small">No sources yet. Select quoted words and choose “Attribute to…”.</p>}
      <ul className="source-list" aria-label="Sources">
        {attribution.sources.map(({ source, quotations, quotationCount, quotedWords, share }) => {
          const isActive = activeSourceId === source.id;
          const name = sourceName(source);
          return (
            <li
              key={source.id}
              ref={isActive ? active : undefined}
              className={`source-entry${isActive ? ' active' : ''}`}
              aria-current={isActive ? 'true' : undefined}
              aria-label={name}
              onClick={() => ui.set({ activeSourceId: source.id })}
            >
              <div className="source-head">
                <strong>{name}</strong>
                <span className={`badge standing-${source.standing}`}>{STANDING_LABELS[source.standing]}</span>
                {source.verified && <span className="badge verified">Verified</span>}
              </div>
              {sourceRole(source) && <p className="muted small">{sourceRole(source)}</p>}
              <div className="share" aria-hidden="true">
                <span className="share-bar" style={{ width: pct(share) }} />
              </div>
              <p className="small source-stats">
                {plural(quotationCount, 'quotation')} · {words(quotedWords)} · <span aria-label="Share of quoted words">{pct(share)}</span>
              </p>
              {quotations.length > 0 && (
                <ol className="quotation-list" aria-label={`Quotations from ${name}`}>
                  {quotations.map((q) => (
                    <li key={`${q.id}-${q.index}`}>
                      <button type="button" className="jump-link" onClick={() => editor && jumpTo(editor, q.range)}>
                        “{excerpt(q.text, 70)}”
                      </button>
                    </li>
                  ))}
                </ol>
              )}
              {byId.get(source.id) && <QuotedElsewhere source={byId.get(source.id)!} />}
              <button
                type="button"
                className="small"
                disabled={disabled}
                aria-label={`Edit source ${name}`}
                onClick={() => {
                  const full = byId.get(source.id);
                  if (full) ui.set({ picker: { mode: 'edit', source: full } });
                }}
              >
                Edit
              </button>
            </li>
          );
        })}
      </ul>
      <WarningList
        heading={attribution.warnings.length ? `Warnings (${attribution.warnings.length})` : 'No warnings'}
        label="Attribution warnings"
        warnings={attribution.warnings}
        onPick={go}
      />
    </div>
  );
}
