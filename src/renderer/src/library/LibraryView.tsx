import { useEffect, useState } from 'react';
import { api } from '../api';
import type { LibraryListing, RecoverableBuffer } from '../../../shared/ipc/contract';
import { BadFiles } from './BadFiles';
import { RecoveryPrompt } from './RecoveryPrompt';
import { useImportDrop } from '../import/ImportEntry';
import { CommandButton } from '../commands/CommandButton';
import { useCommandHost } from '../commands/use-command';
import { errorSentence } from '../ui/errors';
import { STATUS_LABELS, shortWhen, words } from '../ui/format';

interface Props {
  onOpen: (file: string) => void;
  /** Opens a buffer the hot-exit journal kept. */
  onRecover: (buffer: RecoverableBuffer) => void;
}

export function LibraryView({ onOpen, onRecover }: Props) {
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const host = useCommandHost();
  const importing = useImportDrop(host.app);
  const [root, setRoot] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('library.info', {}).then((r) => r.ok && live && setRoot(r.value.root));
    void api.call('library.list', {}).then((r) => {
      if (!live) return;
      if (r.ok) setListing(r.value);
      else setError(errorSentence(r.error));
    });
    const off = api.on('library.changed', (l) => setListing(l));
    return () => {
      live = false;
      off();
    };
  }, []);

  return (
    <main className={`library${importing.dragging ? ' drop-active' : ''}`} aria-labelledby="library-title" {...importing.dropProps}>
      <div className="library-head">
        <h1 id="library-title">Library</h1>
        <span className="muted" title="Library folder">{root}</span>
        <CommandButton id="file.import" />
      </div>
      {error && <p role="alert" className="notice">{error}</p>}
      <RecoveryPrompt onRecover={onRecover} />
      {listing && listing.articles.length === 0 && (
        <div className="empty">
          <p>No articles yet.</p>
          <CommandButton id="file.newArticle" className="primary" label="Write the first one" />
        </div>
      )}
      {listing && listing.articles.length > 0 && (
        <table className="articles">
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">Words</th>
              <th scope="col">Modified</th>
            </tr>
          </thead>
          <tbody>
            {listing.articles.map((a) => (
              <tr key={a.file} onClick={() => onOpen(a.file)} className="article-row">
                <td>
                  <a
                    href={`#${encodeURIComponent(a.file)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(a.file);
                    }}
                  >
                    {a.headline.trim() || <em className="muted">Untitled</em>}
                  </a>
                  <div className="muted small">{a.file}</div>
                </td>
                <td>
                  <span className={`badge status-${a.status}`}>{STATUS_LABELS[a.status]}</span>
                </td>
                <td className="num">{words(a.wordCount)}</td>
                <td>
                  <time dateTime={new Date(a.modifiedMs).toISOString()}>{shortWhen(a.modifiedMs)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {listing && <BadFiles bad={listing.bad} onOpen={onOpen} />}
      {importing.zone}
    </main>
  );
}
