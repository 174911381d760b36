import { closeHistory } from '@tiptap/pm/history';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/article/model';
import type { MergeConflict, MergeResult } from '../../../shared/review/merge';
import { takeTheirs } from '../../../shared/review/take-theirs';
import { api } from '../api';
import { mergeBase, mergeWithDisk } from '../history/merge-with-disk';
import { MergeReport } from '../history/MergeReport';
import { useWatch } from '../ui/store';
import type { FieldKey } from './store/document';
import type { ArticleSession } from './store/session';
import { articleLines, diffLines, type DiffLine } from './store/text-diff';

/**
 * Other programs' changes to the open article, when there are local edits (or a save found the file
 * changed): keep mine, take theirs, compare, or (when the history holds the version both started
 * from) merge. Nothing is overwritten until the user chooses.
 */
export function ConflictBanner({ session, editor }: { session: ArticleSession; editor: Editor | null }) {
  const disk = useWatch(session.disk, (s) => s.disk);
  const problem = useWatch(session.disk, (s) => s.problem);
  const save = useWatch(session.persistence, (s) => s.save);
  const [diff, setDiff] = useState<DiffLine[] | null>(null);
  const [base, setBase] = useState<Article | null>(null);
  const [merged, setMerged] = useState<MergeResult | null>(null);

  const failedCode = save.kind === 'failed' ? save.error.code : null;
  const conflicted = !!disk || failedCode === 'conflict' || failedCode === 'removed';
  const removed = disk ? disk.hash === null : failedCode === 'removed';

  useEffect(() => {
    if (!conflicted || removed) return setBase(null);
    let live = true;
    void mergeBase(api, session).then((b) => live && setBase(b));
    return () => {
      live = false;
    };
  }, [conflicted, removed, session]);

  if (!conflicted) {
    if (!merged) return null;
    const useTheirsBlocks = (c: Extract<MergeConflict, { kind: 'blocks' }>) => {
      const tr = editor && takeTheirs(editor.state.tr, c);
      if (!editor || !tr) return false;
      editor.view.dispatch(closeHistory(tr));
      return true;
    };
    return (
      <MergeReport
        result={merged}
        onUseTheirs={(field, value) => session.setField(field as FieldKey, value as never)}
        onUseTheirsBlocks={useTheirsBlocks}
        onDismiss={() => setMerged(null)}
      />
    );
  }

  const merge = async () => {
    if (!base) return;
    const result = await mergeWithDisk(session, base);
    if (result) {
      setDiff(null);
      setMerged(result);
    }
  };

  const compare = async () => {
    const theirs = await session.disk.theirs();
    if (theirs) setDiff(diffLines(articleLines(theirs), articleLines(session.currentArticle())));
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
          <button type="button" onClick={() => void session.disk.takeTheirs().then(() => setDiff(null))}>
            Take theirs
          </button>
        )}
        {!removed && (
          <button type="button" onClick={() => void compare()} aria-expanded={!!diff}>
            Compare
          </button>
        )}
        {base && (
          <button type="button" onClick={() => void merge()} title="Bring in their changes as suggestions, keeping yours">
            Merge
          </button>
        )}
      </div>
      {diff && <DiffView lines={diff} />}
    </section>
  );
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
