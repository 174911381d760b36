import { useEffect, useState } from 'react';
import { api } from '../api';
import type { RecoverableBuffer } from '../../../shared/ipc/contract';
import { errorSentence } from '../ui/errors';

function hhmm(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const CHECK_NOTES: Record<RecoverableBuffer['check'], string | null> = {
  'base-unchanged': null,
  'changed-on-disk': 'The file was changed on disk since then: after recovering you can compare the two versions and choose.',
  'missing-on-disk': 'The file is no longer in the library: recovering lets you save it again.',
};

/**
 * Hot exit: after a crash or a killed app, offers the unsaved edits the journal kept. Never applied
 * without asking; a recovered buffer is still checked against the file on disk.
 */
export function RecoveryPrompt({ onRecover }: { onRecover: (buffer: RecoverableBuffer) => void }) {
  const [buffers, setBuffers] = useState<RecoverableBuffer[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('journal.list', {}).then((r) => {
      if (!live) return;
      if (r.ok) setBuffers(r.value.buffers);
      else setError(errorSentence(r.error));
    });
    return () => {
      live = false;
    };
  }, []);

  const discard = async (b: RecoverableBuffer) => {
    const r = await api.call('journal.discard', { file: b.file });
    if (!r.ok) return setError(errorSentence(r.error));
    setBuffers((all) => all.filter((x) => x.file !== b.file));
  };

  if (buffers.length === 0 && !error) return null;
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Unsaved changes from last time</h2>
      {error && <p role="alert">{error}</p>}
      <ul>
        {buffers.map((b) => {
          const name = b.article.headline.trim() || b.file;
          const note = CHECK_NOTES[b.check];
          return (
            <li key={b.file} className="recovery-item">
              <p>
                Recover unsaved changes to <strong>{name}</strong> (from {hhmm(b.savedAt)})?
              </p>
              {note && <p className="muted small">{note}</p>}
              <div className="modal-actions">
                <button type="button" className="primary" onClick={() => onRecover(b)} aria-label={`Recover ${name}`}>
                  Recover
                </button>
                <button type="button" className="danger" onClick={() => void discard(b)} aria-label={`Discard unsaved changes to ${name}`}>
                  Discard
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
