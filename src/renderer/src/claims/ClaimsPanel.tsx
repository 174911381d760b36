import type { Editor } from '@tiptap/core';
import { CLAIM_STATUSES, type Claim, type ClaimStatus } from '../../../shared/article/model';
import { CLAIM_STATUS_LABELS as STATUS_LABELS } from '../../../shared/article/labels';
import type { ClaimsAnalysis } from '../../../shared/analysis/claims';
import { excerpt } from '../../../shared/analysis/target';
import { jumpTo } from '../article/editor/jump';
import type { ArticleDocument } from '../article/store/document';
import { useWatch } from '../ui/store';
import { WarningList } from '../ui/WarningList';

interface Props {
  editor: Editor | null;
  analysis: ClaimsAnalysis | null;
  document: ArticleDocument;
  disabled: boolean;
}


/** Each claim in the body with its status, evidence and link, edited in place; what the checker must still do. */
/** Changes a claim's entry; a claim marked in the body before it had one gets one. */
function updateClaim(document: ArticleDocument, claimId: string, patch: Partial<Omit<Claim, 'id'>>): void {
  const exists = document.fields.claims.some((c) => c.id === claimId);
  document.apply([exists ? { kind: 'claim.update', id: claimId, patch } : { kind: 'claim.add', claim: { id: claimId, status: 'unverified', evidence: '', link: '', ...patch } }]);
}

export function ClaimsPanel({ editor, analysis, document, disabled }: Props) {
  const claims = useWatch(document, (f) => f.claims);
  if (!analysis) return <p className="muted small">Reading the article…</p>;
  const entries = new Map(claims.map((c) => [c.id, c]));
  const inBody = analysis.claims.filter((c) => c.inBody);
  return (
    <div className="claims-panel">
      <p className="totals">
        {analysis.counts.unverified} unverified · {analysis.counts.verified} verified · {analysis.counts.disputed} disputed
      </p>
      {inBody.length === 0 && <p className="muted small">No claims yet. Select a sentence or figure and choose “Mark as claim”.</p>}
      <ul className="claim-list" aria-label="Claims">
        {inBody.map((c, i) => {
          const id = c.claimId;
          // The entry in the article fields is newer than the debounced analysis.
          const entry = id ? entries.get(id) : undefined;
          const status = entry?.status ?? c.status;
          const words = excerpt(c.text, 80);
          return (
            <li key={id ?? `claim-${i}`} className={`claim-entry status-${status}`} aria-label={`Claim: ${words}`}>
              <button type="button" className="jump-link" onClick={() => editor && c.range && jumpTo(editor, c.range)}>
                {words}
              </button>
              {id && (
                <div className="claim-fields">
                  <label>
                    Status
                    <select value={status} disabled={disabled} onChange={(e) => updateClaim(document, id, { status: e.target.value as ClaimStatus })}>
                      {CLAIM_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {STATUS_LABELS[s]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    Evidence
                    <textarea rows={2} disabled={disabled} value={entry?.evidence ?? c.evidence} onChange={(e) => updateClaim(document, id, { evidence: e.target.value })} />
                  </label>
                  <label>
                    Link
                    <input type="url" disabled={disabled} value={entry?.link ?? c.link} placeholder="https://…" onChange={(e) => updateClaim(document, id, { link: e.target.value })} />
                  </label>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {analysis.warnings.length > 0 && (
        <WarningList
          heading="To do before publication"
          label="Checking warnings"
          warnings={analysis.warnings}
          onPick={(w) => editor && 'range' in w.target && w.target.range && jumpTo(editor, w.target.range)}
        />
      )}
    </div>
  );
}
