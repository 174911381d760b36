import { useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../api';
import type { ArticleSession } from '../session/article-session';
import { articleLines, diffLines, type DiffLine } from '../session/text-diff';
import { errorSentence } from '../errors';

/**
 * Other programs' changes to the open article. Without local edits the article simply reloads; with
 * them (or when a save found the file changed), the user chooses: keep mine, take theirs, or compare.
 * Nothing is overwritten without that choice.
 */
export function ConflictBanner({ session }: { session: ArticleSession }) {
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [diff, setDiff] = useState<DiffLine[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(
    () =>
      api.on('article.changedOnDisk', ({ file, hash }) => {
        if (file !== session.getSnapshot().file) return;
        if (session.diskChanged(hash)) void reload(session).then(setProblem);
      }),
    [session],
  );

  const failed = snap.save.kind === 'failed' ? snap.save.error.code : null;
  if (!snap.disk && failed !== 'conflict' && failed !== 'removed') return null;
  const removed = snap.disk ? snap.disk.hash === null : failed === 'removed';

  const compare = async () => {
    const r = await api.call('library.open', { file: snap.file });
    if (!r.ok) return setProblem(errorSentence(r.error));
    setDiff(diffLines(articleLines(r.value.article), articleLines(session.currentArticle())));
  };

  return (
    <section className="conflict-banner" role="alertdialog" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title">{removed ? 'This article was moved or deleted on disk' : 'This article was changed by another program'}</h2>
      <p id="conflict-text">
        {removed
          ? 'Your version is still here. Keep mine saves it again under this name.'
          : 'You have edits that are not saved. Choose which version to keep; nothing is overwritten until you do.'}
      </p>
      {problem && <p className="muted">{problem}</p>}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={() => void session.keepMine().then(() => setDiff(null))}>
          Keep mine
        </button>
        {!removed && (
          <button type="button" onClick={() => void reload(session).then((p) => (setProblem(p), setDiff(null)))}>
            Take theirs
          </button>
        )}
        {!removed && (
          <button type="button" onClick={() => void compare()} aria-expanded={!!diff}>
            Compare
          </button>
        )}
      </div>
      {diff && <DiffView lines={diff} />}
    </section>
  );
}

/** Loads the file as it is on disk into the session; returns a sentence when that failed. */
async function reload(session: ArticleSession): Promise<string | null> {
  const r = await api.call('library.open', { file: session.getSnapshot().file });
  if (!r.ok) return errorSentence(r.error);
  session.replaceWith(r.value);
  return null;
}

function DiffView({ lines }: { lines: DiffLine[] }) {
  const changed = lines.filter((l) => l.kind !== 'same').length;
  return (
    <div className="text-diff" aria-label="Differences between the version on disk and yours">
      <p className="muted small">
        {changed === 0 ? 'The text is the same; only formatting or details differ.' : `${changed} changed lines.`}{' '}
        <span className="diff-theirs">− on disk</span> <span className="diff-mine">+ yours</span>
      </p>
      <pre>
        {lines.map((l, i) => (
          <div key={i} className={`diff-line diff-${l.kind}`}>
            {l.kind === 'mine' ? '+ ' : l.kind === 'theirs' ? '− ' : '  '}
            {l.text}
          </div>
        ))}
      </pre>
    </div>
  );
}

