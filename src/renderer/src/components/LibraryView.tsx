import { useEffect, useState } from 'react';
import { api } from '../api';
import type { LibraryListing } from '../../../shared/ipc/contract';
import { errorSentence } from '../errors';
import { STATUS_LABELS, shortWhen, words } from '../format';

export function LibraryView({ onOpen, onCreate }: { onOpen: (file: string) => void; onCreate: () => void }) {
  const [listing, setListing] = useState<LibraryListing | null>(null);
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
    <main className="library" aria-labelledby="library-title">
      <div className="library-head">
        <h1 id="library-title">Library</h1>
        <span className="muted" title="Library folder">{root}</span>
      </div>
      {error && <p role="alert" className="notice">{error}</p>}
      {listing && listing.articles.length === 0 && (
        <div className="empty">
          <p>No articles yet.</p>
          <button type="button" className="primary" onClick={onCreate}>Write the first one</button>
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
      {listing && listing.bad.length > 0 && (
        <section className="bad-files" aria-labelledby="bad-title">
          <h2 id="bad-title">Files that could not be opened</h2>
          <ul>
            {listing.bad.map((b) => (
              <li key={b.file}>
                <strong>{b.file}</strong>: {b.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
