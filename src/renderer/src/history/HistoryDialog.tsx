import { closeHistory } from '@tiptap/pm/history';
import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/model';
import type { VersionEntry, VersionReason } from '../../../shared/ipc/channels/versions';
import { api } from '../api';
import type { OpenArticle } from '../article/open-article';
import { errorSentence } from '../ui/errors';
import { Modal } from '../ui/Modal';
import { STATUS_LABELS } from '../ui/format';
import { useWatch } from '../ui/store';
import { CompareView } from './CompareView';
import { Slice, type Node as PMNode } from '@tiptap/pm/model';
import type { InlineChange } from '../../../shared/review/version-diff';

const REASON_LABELS: Record<VersionReason, string> = {
  save: 'Saved',
  status: 'Status change',
  decision: 'Suggestions decided',
  export: 'Exported',
  autosave: 'Autosave',
  'before-restore': 'Before a restore',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' });
const labelOf = (v: VersionEntry) => `${when(v.at)} (${REASON_LABELS[v.reason].toLowerCase()})`;

type Side = { label: string; article: Article };
/** `now`: the newer side is the article as it is, so single changes can be put back; `round` remounts the view after one was. */
type View = { kind: 'list' } | { kind: 'compare'; older: Side; newer: Side; now: boolean; round: number };
const NOW = 'the text now';

/**
 * The article's version history: every kept version with its time, author, status, why it was kept
 * and the words it added and removed. Any two can be compared (or one against the text now), and one
 * restored; the text before a restore is kept as a version first, so a restore can itself be undone.
 */
export default function HistoryDialog({ open, onClose }: { open: OpenArticle; onClose: () => void }) {
  const { session } = open;
  const articleId = useWatch(session.document, (f) => f.id);
  const kept = useWatch(session.versions, (v) => v.kept);
  const note = useWatch(session.versions, (v) => v.note);
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [confirm, setConfirm] = useState<VersionEntry | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.call('versions.list', { articleId }).then((r) => {
      if (!r.ok) return setError(errorSentence(r.error));
      setVersions(r.value.versions);
      setNotes(r.value.notes);
    });
  }, [articleId, kept]);

  const read = useCallback(
    async (v: VersionEntry) => {
      const r = await api.call('versions.read', { articleId, versionId: v.id });
      if (!r.ok) setError(errorSentence(r.error));
      return r.ok ? { label: labelOf(v), article: r.value.article } : null;
    },
    [articleId],
  );

  const compare = async (a: VersionEntry, b: VersionEntry | 'now') => {
    setError(null);
    const [older, newer] = b === 'now' ? [a, b] : a.at <= b.at ? [a, b] : [b, a];
    const o = await read(older as VersionEntry);
    const n = newer === 'now' ? { label: NOW, article: session.currentArticle() } : await read(newer);
    if (o && n) setView({ kind: 'compare', older: o, newer: n, now: newer === 'now', round: 0 });
  };

  const restore = async (v: VersionEntry) => {
    setConfirm(null);
    setError(null);
    const r = await api.call('versions.restore', { articleId, versionId: v.id, current: session.currentArticle() });
    if (!r.ok) return setError(errorSentence(r.error));
    const saved = await session.replaceAndSave(r.value.article, 'save');
    setMessage(`Restored the version of ${when(v.at)}. The text before it is kept in the history${saved ? '' : '; the article is not saved yet'}.`);
  };

  /** Restores one paragraph or phrase: the older words of one change replace the newer ones in the article (an edit, undoable). */
  const putBack = (c: InlineChange, older: PMNode) => {
    if (view.kind !== 'compare') return;
    const { editor } = open;
    try {
      // The compare view has a schema of its own: the slice crosses over as JSON.
      const slice = Slice.fromJSON(editor.schema, older.slice(c.fromA, c.toA).toJSON());
      // Its own undo step, never merged with typing just before it (which ProseMirror groups within 500 ms).
      editor.view.dispatch(closeHistory(editor.state.tr.replace(c.fromB, c.toB, slice)));
    } catch (e) {
      return setError(`That change could not be put back on its own (${(e as Error).message}); restore the whole version instead.`);
    }
    setView({ ...view, newer: { label: NOW, article: session.currentArticle() }, round: view.round + 1 });
  };

  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  const pickedVersions = (versions ?? []).filter((v) => picked.includes(v.id));

  return (
    <Modal labelledBy="history-title" className="history-dialog" onEscape={view.kind === 'compare' ? () => setView({ kind: 'list' }) : onClose}>
      <h2 id="history-title">{view.kind === 'compare' ? 'Compare versions' : 'Version history'}</h2>
      {error && (
        <p role="alert" className="notice">
          {error}
        </p>
      )}
      {view.kind === 'compare' ? (
        <>
          <CompareView key={view.round} older={view.older} newer={view.newer} onPutBack={view.now && !session.readOnly ? putBack : undefined} />
          <div className="modal-actions">
            <button type="button" onClick={() => setView({ kind: 'list' })} autoFocus>
              Back to the list
            </button>
          </div>
        </>
      ) : (
        <>
          {message && (
            <p role="status" className="notice">
              {message}
            </p>
          )}
          {[...notes, ...(note ? [note] : [])].map((n) => (
            <p key={n} className="muted small">
              {n}
            </p>
          ))}
          {versions === null ? (
            <p className="muted small">Reading the history…</p>
          ) : versions.length === 0 ? (
            <p className="muted small">No versions yet: one is kept at every save (File → Save), status change and export.</p>
          ) : (
            <table className="version-list" aria-label="Versions">
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Status</th>
                  <th scope="col">Why</th>
                  <th scope="col">Words</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.id} aria-label={`Version of ${when(v.at)}`}>
                    <td>
                      <input type="checkbox" aria-label={`Pick the version of ${when(v.at)} to compare`} checked={picked.includes(v.id)} onChange={() => toggle(v.id)} />
                    </td>
                    <td>{when(v.at)}</td>
                    <td>{v.author || '—'}</td>
                    <td>{STATUS_LABELS[v.status]}</td>
                    <td>{REASON_LABELS[v.reason]}</td>
                    <td>
                      {v.words} <span className="compare-count added">+{v.wordsAdded}</span> <span className="compare-count removed">−{v.wordsRemoved}</span>
                    </td>
                    <td className="version-actions">
                      <button type="button" onClick={() => void compare(v, 'now')}>
                        Compare with now
                      </button>
                      <button type="button" disabled={!!session.readOnly} onClick={() => setConfirm(v)}>
                        Restore…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {confirm && (
            <div role="alertdialog" aria-labelledby="restore-title" className="restore-confirm">
              <p id="restore-title">
                Restore the version of {when(confirm.at)}? The text now is kept as a version first; status and hand-off log stay as they are.
              </p>
              <div className="modal-actions">
                <button type="button" onClick={() => setConfirm(null)}>
                  Cancel
                </button>
                <button type="button" className="primary" autoFocus onClick={() => void restore(confirm)}>
                  Restore this version
                </button>
              </div>
            </div>
          )}
          <div className="modal-actions">
            <button type="button" disabled={pickedVersions.length !== 2} onClick={() => void compare(pickedVersions[0], pickedVersions[1])} title={pickedVersions.length !== 2 ? 'Tick two versions to compare them.' : undefined}>
              Compare the two ticked
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
