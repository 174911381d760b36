import { useState } from 'react';
import { SOURCE_KINDS, STANDINGS, type Source } from '../../../shared/article/model';

import { SOURCE_KIND_LABELS as KIND_LABELS, STANDING_LABELS } from '../../../shared/article/labels';

interface Props {
  initial: Source;
  submitLabel: string;
  onSubmit: (s: Source) => void;
  onCancel: () => void;
}

/** Every field of a source, for creating one and for editing it; contact and notes are marked private. */
export function SourceForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const [s, setS] = useState<Source>(initial);
  const set = <K extends keyof Source>(k: K, v: Source[K]) => setS((prev) => ({ ...prev, [k]: v }));
  const text = (k: 'name' | 'title' | 'affiliation' | 'anonymousDescription', label: string, placeholder = '') => (
    <label>
      {label}
      <input value={s[k]} placeholder={placeholder} onChange={(e) => set(k, e.target.value)} />
    </label>
  );
  const unnamed = s.standing !== 'on-record';
  const valid = s.name.trim() !== '' || s.anonymousDescription.trim() !== '';
  return (
    <form
      className="source-form"
      aria-label="Source details"
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onSubmit({ ...s, name: s.name.trim(), title: s.title.trim(), affiliation: s.affiliation.trim() });
      }}
    >
      {text('name', 'Name')}
      {text('title', 'Title or role', 'chair')}
      {text('affiliation', 'Affiliation', 'Transport Committee')}
      <div className="form-row">
        <label>
          Kind
          <select value={s.kind} onChange={(e) => set('kind', e.target.value as Source['kind'])}>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Standing
          <select value={s.standing} onChange={(e) => set('standing', e.target.value as Source['standing'])}>
            {STANDINGS.map((k) => (
              <option key={k} value={k}>
                {STANDING_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {text('anonymousDescription', 'Description used in the text', unnamed ? 'a senior official who asked not to be named' : '')}
      <label>
        Reason anonymity was granted
        <textarea rows={2} value={s.anonymityReason} onChange={(e) => set('anonymityReason', e.target.value)} />
      </label>
      <label>
        Contact (private)
        <input value={s.contact} onChange={(e) => set('contact', e.target.value)} />
      </label>
      <label>
        Notes (private, never exported)
        <textarea rows={2} value={s.notes} onChange={(e) => set('notes', e.target.value)} />
      </label>
      <label className="check">
        <input type="checkbox" checked={s.verified} onChange={(e) => set('verified', e.target.checked)} />
        Verified
      </label>
      {!valid && <p className="muted small">Give a name, or for an unnamed source the description the text uses.</p>}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!valid}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
