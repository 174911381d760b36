import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/model';
import { api } from '../api';
import { useCommandHost } from '../commands/use-command';
import { errorSentence } from '../ui/errors';
import { shortWhen, STATUS_LABELS, words } from '../ui/format';
import { Modal } from '../ui/Modal';

/** File → Open recent…: the articles opened last that are still in the library, most recent first. */
export function RecentDialog({ onClose }: { onClose: () => void }) {
  const { app } = useCommandHost();
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('library.recent', {}).then((r) => {
      if (!live) return;
      if (r.ok) setArticles(r.value.articles);
      else setError(errorSentence(r.error));
    });
    return () => {
      live = false;
    };
  }, []);

  const open = (file: string) => {
    onClose();
    void app.openArticle(file);
  };

  return (
    <Modal labelledBy="recent-title" className="recent-dialog" onEscape={onClose} onBackdrop={onClose}>
      <h2 id="recent-title">Open recent</h2>
      {error && <p role="alert" className="notice">{error}</p>}
      {articles === null && !error && <p className="muted">Reading the library…</p>}
      {articles?.length === 0 && <p className="muted">No article opened yet: the ones you open appear here.</p>}
      {articles && articles.length > 0 && (
        <ul className="recent-list" aria-label="Recent articles">
          {articles.map((a, i) => (
            <li key={a.file}>
              <button type="button" autoFocus={i === 0} onClick={() => open(a.file)}>
                <strong>{a.headline.trim() || 'Untitled'}</strong>
                <span className="muted small">
                  {' '}
                  {STATUS_LABELS[a.status]} · {words(a.wordCount)} · changed {shortWhen(Date.parse(a.updatedAt))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </Modal>
  );
}
