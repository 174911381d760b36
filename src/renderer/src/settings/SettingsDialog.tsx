import { useEffect, useState } from 'react';
import type { PublishChecks } from '../../../shared/ipc/contract';
import { api } from '../api';
import { errorSentence } from '../ui/errors';
import { Modal } from '../ui/Modal';
import { AppearanceFields } from '../appearance/AppearanceFields';

/** The user's name (the byline of new articles) and where the library is. */
export default function SettingsDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState<string | null>(null);
  const [library, setLibrary] = useState('');
  const [comments, setComments] = useState<PublishChecks['unresolvedComments']>('block');
  const [reopenLast, setReopenLast] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.call('settings.get', {}).then((r) => {
      if (r.ok) {
        setName(r.value.displayName);
        setLibrary(r.value.libraryPath);
        setComments(r.value.publishChecks.unresolvedComments);
        setReopenLast(r.value.reopenLast);
      } else setError(errorSentence(r.error));
    });
  }, []);

  // Until the settings are read, nothing can be changed or saved: a choice made before they arrive would be overwritten by them.
  const loaded = name !== null;

  const save = async () => {
    if (!loaded) return;
    const r = await api.call('settings.update', { displayName: (name ?? '').trim(), publishChecks: { unresolvedComments: comments }, reopenLast });
    if (r.ok) onClose();
    else setError(errorSentence(r.error));
  };

  return (
    <Modal
      labelledBy="settings-title"
      onEscape={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="settings-title">Settings</h2>
      <label className="field">
        <span>Your name</span>
        <input autoFocus value={name ?? ''} readOnly={name === null} onChange={(e) => setName(e.target.value)} placeholder="Ana Ruiz" />
      </label>
      <p className="muted small">New articles get “By {name?.trim() || 'your name'}” as their byline.</p>
      <AppearanceFields />
      <label className="field">
        <span>Unresolved comments before publishing</span>
        <select value={comments} disabled={!loaded} onChange={(e) => setComments(e.target.value === 'warn' ? 'warn' : 'block')}>
          <option value="block">Block Ready to publish and Published</option>
          <option value="warn">Only warn</option>
        </select>
      </label>
      <label className="settings-check">
        <input type="checkbox" checked={reopenLast} disabled={!loaded} onChange={(e) => setReopenLast(e.target.checked)} /> Open the last article when Copydesk starts
      </label>
      <p className="muted small">
        Library folder: <code>{library}</code> (start Copydesk with <code>--library DIR</code> to use another).
      </p>
      {error && <p role="alert" className="notice">{error}</p>}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>Cancel</button>
        <button type="submit" className="primary" disabled={!loaded}>Save settings</button>
      </div>
    </Modal>
  );
}
