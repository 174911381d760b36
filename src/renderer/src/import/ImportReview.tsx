import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Modal } from '../ui/Modal';
import { STANDINGS, type Standing } from '../../../shared/article/model';
import type { ImportDraftInput, ImportPreview } from '../../../shared/ipc/contract';

type Draft = ImportDraftInput;
type Source = Draft['sources'][number];

/** Below this the review flags an item for a closer look. */
export const LOW_CONFIDENCE = 0.75;
/** Lists longer than this show their first items; the rest are kept as found. */
const SHOWN = 150;

const STANDING_LABEL: Record<Standing, string> = { 'on-record': 'On the record', background: 'On background', anonymous: 'Anonymous' };

function Confidence({ value }: { value: number }) {
  const low = value < LOW_CONFIDENCE;
  return (
    <span className={`confidence${low ? ' low' : ''}`} title="How sure the importer is">
      {low ? '⚠ Check · ' : ''}
      {Math.round(value * 100)}%
    </span>
  );
}

function sourceLabel(s: Source): string {
  const who = s.name || s.anonymousDescription || 'Unnamed source';
  return s.title ? `${who}, ${s.title}` : who;
}

function More({ total }: { total: number }) {
  return total > SHOWN ? <p className="muted small">…and {(total - SHOWN).toLocaleString()} more, kept as found.</p> : null;
}

function Group({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section className="import-group" aria-labelledby={id}>
      <h3 id={id}>
        {title}
        {count !== undefined && <span className="muted"> ({count.toLocaleString()})</span>}
      </h3>
      {children}
    </section>
  );
}

interface Props {
  preview: ImportPreview;
  busy: boolean;
  error: string | null;
  onCreate: (draft: Draft) => void;
  onCancel: () => void;
}

/**
 * What the importer found, for the user to correct before the article exists: headline, dek and
 * section titles as editable fields; sources with their title, affiliation and standing; every
 * quotation with its speaker; unnamed attributions to look at. Anything below LOW_CONFIDENCE is flagged.
 */
export function ImportReview({ preview, busy, error, onCreate, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(preview.draft);
  const [dismissed, setDismissed] = useState<Set<number>>(new Set());
  const dialogRef = useRef<HTMLFormElement & HTMLDivElement>(null);

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('#import-headline')?.focus();
  }, []);

  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  const patchSource = (id: string, p: Partial<Source>) => setDraft((d) => ({ ...d, sources: d.sources.map((s) => (s.id === id ? { ...s, ...p } : s)) }));
  const dropSource = (id: string) =>
    setDraft((d) => ({
      ...d,
      sources: d.sources.filter((s) => s.id !== id),
      quotations: d.quotations.map((q) => (q.sourceId === id ? { ...q, sourceId: null } : q)),
    }));
  const setSpeaker = (qid: string, sourceId: string | null) =>
    setDraft((d) => ({ ...d, quotations: d.quotations.map((q) => (q.id === qid ? { ...q, sourceId, confidence: sourceId ? 1 : q.confidence, check: undefined } : q)) }));
  const dropQuotation = (qid: string) => setDraft((d) => ({ ...d, quotations: d.quotations.filter((q) => q.id !== qid) }));
  const addUnnamed = (index: number) =>
    setDraft((d) => {
      const u = d.unnamedAttributions[index];
      const id = `source-unnamed-${index + 1}`;
      if (!u || d.sources.some((s) => s.id === id)) return d;
      const source: Source = {
        id, name: '', title: '', affiliation: '', kind: u.kind, standing: 'anonymous', anonymousDescription: u.text, anonymityReason: '', confidence: 1,
      };
      return { ...d, sources: [...d.sources, source] };
    });


  const quotesBy = new Map<string, number>();
  for (const q of draft.quotations) if (q.sourceId) quotesBy.set(q.sourceId, (quotesBy.get(q.sourceId) ?? 0) + 1);
  const unnamed = draft.unnamedAttributions.map((u, i) => ({ u, i })).filter(({ i }) => !dismissed.has(i));
  const lowCount =
    draft.sources.filter((s) => s.confidence < LOW_CONFIDENCE).length +
    draft.quotations.filter((q) => q.confidence < LOW_CONFIDENCE || !q.sourceId || q.check).length +
    unnamed.length;

  return (
    <Modal dialogRef={dialogRef} labelledBy="import-title" describedBy="import-summary" className="import-review" onEscape={busy ? undefined : onCancel}>
      <h2 id="import-title">Review the import</h2>
      <p id="import-summary" className="muted">
        {preview.fileName} · {preview.paragraphs.toLocaleString()} paragraphs · {preview.words.toLocaleString()} words.{' '}
        {lowCount > 0 ? `${lowCount} item${lowCount === 1 ? '' : 's'} flagged for a check.` : 'Nothing flagged.'} Correct anything, then create the article.
      </p>
      {draft.warnings.length > 0 && (
        <ul className="import-warnings">
          {draft.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <div className="import-body">
        <Group id="import-story" title="Story">
          <label className="field">
            Headline
            <input id="import-headline" value={draft.headline} onChange={(e) => patch({ headline: e.target.value })} maxLength={2000} />
          </label>
          {!draft.headline.trim() && <p className="confidence low">⚠ No headline was found; type one.</p>}
          <label className="field">
            Dek
            <textarea rows={2} value={draft.dek} onChange={(e) => patch({ dek: e.target.value })} maxLength={5000} />
          </label>
          <label className="field">
            Byline
            <input value={draft.byline} onChange={(e) => patch({ byline: e.target.value })} maxLength={2000} placeholder="Yours, if left empty" />
          </label>
        </Group>

        {draft.sections.length > 0 && (
          <Group id="import-sections" title="Section headings" count={draft.sections.length}>
            <ol className="import-sections">
              {draft.sections.slice(0, SHOWN).map((title, i) => (
                <li key={i}>
                  <input
                    aria-label={`Section ${i + 1} heading`}
                    value={title}
                    maxLength={2000}
                    onChange={(e) => patch({ sections: draft.sections.map((t, j) => (j === i ? e.target.value : t)) })}
                  />
                </li>
              ))}
            </ol>
            <More total={draft.sections.length} />
          </Group>
        )}

        <Group id="import-sources" title="Sources" count={draft.sources.length}>
          {draft.sources.length === 0 && <p className="muted">No sources were found.</p>}
          <ul className="import-list">
            {draft.sources.slice(0, SHOWN).map((s, i) => (
              <li key={s.id} className={`import-source${s.confidence < LOW_CONFIDENCE ? ' flagged' : ''}`} aria-label={`Source ${i + 1}: ${sourceLabel(s)}`}>
                <div className="import-row">
                  <input aria-label={`Source ${i + 1} name`} value={s.name} placeholder={s.anonymousDescription || 'Name'} maxLength={500} onChange={(e) => patchSource(s.id, { name: e.target.value })} />
                  <input aria-label={`Source ${i + 1} title`} value={s.title} placeholder="Title" maxLength={500} onChange={(e) => patchSource(s.id, { title: e.target.value })} />
                  <input aria-label={`Source ${i + 1} affiliation`} value={s.affiliation} placeholder="Affiliation" maxLength={500} onChange={(e) => patchSource(s.id, { affiliation: e.target.value })} />
                  <select aria-label={`Source ${i + 1} standing`} value={s.standing} onChange={(e) => patchSource(s.id, { standing: e.target.value as Standing })}>
                    {STANDINGS.map((st) => (
                      <option key={st} value={st}>{STANDING_LABEL[st]}</option>
                    ))}
                  </select>
                </div>
                <div className="import-meta">
                  <Confidence value={s.confidence} />
                  <span className="muted small">{quotesBy.get(s.id) ?? 0} quotation{quotesBy.get(s.id) === 1 ? '' : 's'}</span>
                  {s.anonymityReason && <span className="muted small">{s.anonymityReason}</span>}
                  <button type="button" className="link-button" onClick={() => dropSource(s.id)} aria-label={`Drop source ${sourceLabel(s)}`}>
                    Drop
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <More total={draft.sources.length} />
        </Group>

        <Group id="import-quotations" title="Quotations" count={draft.quotations.length}>
          {draft.quotations.length === 0 && <p className="muted">No quotations were found.</p>}
          <ul className="import-list">
            {draft.quotations.slice(0, SHOWN).map((q, i) => {
              // A speaker chosen by the rules for unnamed people named late and follow-ons after someone new is worth a second look.
              const flagged = q.confidence < LOW_CONFIDENCE || !q.sourceId || !!q.check;
              return (
                <li key={q.id} className={`import-quotation${flagged ? ' flagged' : ''}`} aria-label={`Quotation ${i + 1}`}>
                  <blockquote>“{q.text.length > 400 ? `${q.text.slice(0, 400)}…` : q.text}”</blockquote>
                  <div className="import-meta">
                    <label className="inline-field">
                      <span>Speaker</span>
                      <select aria-label={`Speaker of quotation ${i + 1}`} value={q.sourceId ?? ''} onChange={(e) => setSpeaker(q.id, e.target.value || null)}>
                        <option value="">Nobody yet (decide later)</option>
                        {draft.sources.map((s) => (
                          <option key={s.id} value={s.id}>{sourceLabel(s)}</option>
                        ))}
                      </select>
                    </label>
                    <Confidence value={q.sourceId ? q.confidence : 0} />
                    {q.evidence && <span className="muted small">{q.evidence}</span>}
                    {q.check && <span className="confidence low">⚠ {q.check}</span>}
                    <button type="button" className="link-button" onClick={() => dropQuotation(q.id)} aria-label={`Drop quotation ${i + 1}`}>
                      Drop
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
          <More total={draft.quotations.length} />
        </Group>

        {unnamed.length > 0 && (
          <Group id="import-unnamed" title="Unnamed attributions to review" count={unnamed.length}>
            <ul className="import-list">
              {unnamed.slice(0, SHOWN).map(({ u, i }) => {
                const added = draft.sources.some((s) => s.id === `source-unnamed-${i + 1}`);
                return (
                  <li key={i} className="import-unnamed flagged">
                    <span>“{u.text}”</span> <span className="muted small">({u.kind === 'document' ? 'a document' : 'a person'}, paragraph {u.paragraph + 1})</span>
                    <div className="import-meta">
                      <Confidence value={u.confidence} />
                      <button type="button" className="link-button" disabled={added} onClick={() => addUnnamed(i)}>
                        {added ? 'Added as a source' : 'Add as unnamed source'}
                      </button>
                      <button type="button" className="link-button" onClick={() => setDismissed((d) => new Set(d).add(i))}>
                        Dismiss
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
            <More total={unnamed.length} />
          </Group>
        )}
      </div>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => onCreate(draft)} disabled={busy} aria-busy={busy}>
          {busy ? 'Creating…' : 'Create article'}
        </button>
      </div>
    </Modal>
  );
}
