import { useEffect, useState } from 'react';
import { api } from '../api';
import type { BadFile } from '../../../shared/article/model';
import { errorSentence } from '../ui/errors';

/**
 * Files in the library that could not be opened, each with its reason. The user can read the raw
 * text, move the file aside (renamed inside the library, never deleted) or, when a backup exists,
 * restore it. Nothing here rewrites a bad file.
 */
export function BadFiles({ bad, onOpen }: { bad: BadFile[]; onOpen: (file: string) => void }) {
  const [message, setMessage] = useState<string | null>(null);
  if (bad.length === 0) return message ? <p role="status" className="notice">{message}</p> : null;
  return (
    <section className="bad-files" aria-labelledby="bad-title">
      <h2 id="bad-title">Files that could not be opened</h2>
      {message && <p role="status">{message}</p>}
      <ul>
        {bad.map((b) => (
          <BadFileItem key={b.file} bad={b} onMessage={setMessage} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}

function BadFileItem({ bad, onMessage, onOpen }: { bad: BadFile; onMessage: (m: string) => void; onOpen: (file: string) => void }) {
  const [raw, setRaw] = useState<string | null>(null);
  const [backup, setBackup] = useState<{ headline: string; updatedAt: string } | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('library.inspectBackup', { file: bad.file }).then((r) => live && r.ok && setBackup(r.value.backup));
    return () => {
      live = false;
    };
  }, [bad.file]);

  const viewRaw = async () => {
    if (raw !== null) return setRaw(null);
    const r = await api.call('library.readRaw', { file: bad.file });
    if (r.ok) setRaw(r.value.text);
    else onMessage(errorSentence(r.error));
  };
  const moveAside = async () => {
    const r = await api.call('library.moveAside', { file: bad.file });
    onMessage(r.ok ? `${bad.file} was moved aside as ${r.value.movedTo} (still in the library folder).` : errorSentence(r.error));
  };
  const restore = async () => {
    const r = await api.call('library.restoreBackup', { file: bad.file });
    if (!r.ok) return onMessage(errorSentence(r.error));
    onMessage(`${bad.file} was restored from its backup; the damaged version was moved aside.`);
    onOpen(r.value.file);
  };

  return (
    <li className="bad-file">
      <div>
        <strong>{bad.file}</strong>: {bad.reason}
      </div>
      <div className="bad-file-actions">
        {bad.readOnly && (
          <button type="button" onClick={() => onOpen(bad.file)}>
            Open read-only
          </button>
        )}
        <button type="button" onClick={() => void viewRaw()} aria-expanded={raw !== null}>
          {raw === null ? 'View raw text' : 'Hide raw text'}
        </button>
        <button type="button" onClick={() => void moveAside()}>
          Move aside
        </button>
        {backup && (
          <button type="button" onClick={() => void restore()}>
            Restore backup{backup.headline ? ` (“${backup.headline}”)` : ''}
          </button>
        )}
      </div>
      {raw !== null && (
        <pre className="raw-text" aria-label={`Raw text of ${bad.file}`} tabIndex={0}>
          {raw.length > 200_000 ? `${raw.slice(0, 200_000)}\n… (${raw.length - 200_000} more characters)` : raw}
        </pre>
      )}
    </li>
  );
}
