import { useMemo, useState } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/article/model';
import { checkArticle, GATED_STATUSES, type CheckedItem } from '../../../shared/review/gate/gate';
import { handOff } from '../../../shared/review/hand-off';
import { api } from '../api';
import type { OpenArticle } from '../article/open-article';
import { Modal } from '../ui/Modal';
import { Options } from '../ui/Options';
import { STATUS_LABELS } from '../ui/format';
import { displayName } from './display-name';
import { GateChecklist } from './GateChecklist';
import { jumpToGateTarget } from './gate-jump';
import { useGateOptions } from './use-gate-options';
import { useOverrides } from './use-overrides';

interface Props {
  open: OpenArticle;
  /** The status asked for (the status field's choice); the next one in the workflow when null. */
  to: ArticleStatus | null;
  /** Opened as "Check before publishing…": the checklist first. */
  check?: boolean;
  onClose: () => void;
}

function nextStatus(current: ArticleStatus): ArticleStatus {
  const i = ARTICLE_STATUSES.indexOf(current);
  return current === 'published' || current === 'killed' ? 'draft' : ARTICLE_STATUSES[i + 1];
}

/**
 * A hand-off: the story moves to another status, with an optional note, and the hand-off log
 * records who and when. In front of Ready to publish and Published stands the checklist: blocking
 * items stop the change unless someone overrides them with a reason, which the log keeps.
 */
export default function HandOffDialog({ open, to: asked, check, onClose }: Props) {
  const { session } = open;
  // The dialog is modal: the article cannot change while it is open.
  const article = useMemo(() => session.currentArticle(), [session]);
  const [to, setTo] = useState<ArticleStatus>(asked ?? (check ? 'ready-to-publish' : nextStatus(article.status)));
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState(article.assignee);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const options = useGateOptions();

  const gated = GATED_STATUSES.includes(to);
  const unchecked = useMemo(() => (gated ? checkArticle(article, { target: to, options }) : null), [article, to, gated, options]);
  const { reasons, setReason, overrides } = useOverrides(unchecked);
  const gate = useMemo(() => (gated ? checkArticle(article, { target: to, overrides, options }) : null), [article, to, gated, overrides, options]);
  const same = to === article.status;

  const jump = (item: CheckedItem) => {
    onClose();
    requestAnimationFrame(() => jumpToGateTarget(open, item.target));
  };

  const submit = async () => {
    setBusy(true);
    const by = await displayName(api);
    const result = handOff(article, { to, by, at: new Date().toISOString(), id: crypto.randomUUID(), note: note.trim(), overrides, gate: { options } });
    if (!result.ok) {
      setBusy(false);
      return setError(`${result.gate.blocking} ${result.gate.blocking === 1 ? 'item still blocks' : 'items still block'} ${STATUS_LABELS[to]}: fix ${result.gate.blocking === 1 ? 'it' : 'them'} or give a reason to override.`);
    }
    // One undo step: the status, its log entry and who has the story now.
    session.document.apply([
      { kind: 'field', key: 'status', value: result.article.status },
      { kind: 'field', key: 'statusLog', value: result.article.statusLog },
      { kind: 'field', key: 'assignee', value: assignee.trim() },
    ]);
    onClose();
    await session.save(false, 'status');
  };

  const blocking = gate?.blocking ?? 0;
  return (
    <Modal
      labelledBy="hand-off-title"
      className="hand-off-dialog"
      busy={busy}
      onEscape={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        if (!same && blocking === 0) void submit();
      }}
    >
      <h2 id="hand-off-title">{check ? 'Check before publishing' : 'Change status'}</h2>
      <p className="muted small">Now: {STATUS_LABELS[article.status]}.</p>
      <label className="field">
        <span>New status</span>
        <select value={to} onChange={(e) => setTo(e.target.value as ArticleStatus)} autoFocus={!check}>
          <Options values={ARTICLE_STATUSES} labels={STATUS_LABELS} />
        </select>
      </label>
      {gate && (
        <section aria-label="Before publishing" className="gate">
          <p className={blocking ? 'notice' : 'muted small'} role="status">
            {gate.items.length === 0
              ? 'Everything on the checklist passes.'
              : blocking
                ? `${blocking} ${blocking === 1 ? 'item blocks' : 'items block'} ${STATUS_LABELS[to]}. Fix ${blocking === 1 ? 'it' : 'them'}, or override with a reason.`
                : 'Nothing blocks; the warnings below are worth a look.'}
          </p>
          <GateChecklist gate={gate} onJump={jump} reasons={reasons} onReason={setReason} />
        </section>
      )}
      <label className="field">
        <span>Assign to</span>
        <input value={assignee} onChange={(e) => setAssignee(e.target.value)} placeholder="Who has the story next (optional)" />
      </label>
      <label className="field">
        <span>Note for the hand-off log (optional)</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Over to you: the second half needs a trim" />
      </label>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={same || blocking > 0 || busy || !!session.readOnly} title={same ? `The story is already ${STATUS_LABELS[to]}.` : undefined}>
          {overrides.length && gate?.items.length ? `Set ${STATUS_LABELS[to]} with overrides` : `Set ${STATUS_LABELS[to]}`}
        </button>
      </div>
    </Modal>
  );
}
