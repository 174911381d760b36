import { useState } from 'react';
import type { DocNode } from '../../../shared/article/model';
import { nodeText } from '../../../shared/article/text';
import type { MergeConflict, MergeResult } from '../../../shared/review/merge';

interface Props {
  result: MergeResult;
  /** Takes their side of a field both changed. */
  onUseTheirs: (field: string, value: unknown) => void;
  /** Puts their side of a passage both changed in place of mine; false when mine has changed since. */
  onUseTheirsBlocks: (conflict: Extract<MergeConflict, { kind: 'blocks' }>) => boolean;
  onDismiss: () => void;
}

const text = (nodes: DocNode[]): string => nodeText({ type: 'doc', content: nodes }) || '(nothing)';

const shown = (v: unknown) => (typeof v === 'string' ? v || '(empty)' : JSON.stringify(v));

function Conflict({ c, onUseTheirs, onUseTheirsBlocks }: { c: MergeConflict; onUseTheirs: Props['onUseTheirs']; onUseTheirsBlocks: Props['onUseTheirsBlocks'] }) {
  const [taken, setTaken] = useState<'yes' | 'failed' | null>(null);
  const [what, mine, theirs] =
    c.kind === 'blocks' ? ['A passage', text(c.mine), text(c.theirs)] : c.kind === 'field' ? [`The ${c.field}`, shown(c.mine), shown(c.theirs)] : [`An entry in ${c.map}`, shown(c.mine), shown(c.theirs)];
  return (
    <li className="merge-conflict">
      <p>{what} both of you changed:</p>
      <div className="merge-sides">
        <div aria-label="Yours (kept)">
          <strong>Yours (kept)</strong>
          <pre>{mine}</pre>
        </div>
        <div aria-label="Theirs">
          <strong>Theirs</strong>
          <pre>{theirs}</pre>
          {c.kind === 'field' && (
            <button type="button" onClick={() => onUseTheirs(c.field, c.theirs)}>
              Use theirs
            </button>
          )}
          {c.kind === 'blocks' && c.mine.length > 0 && taken !== 'yes' && (
            <button type="button" onClick={() => setTaken(onUseTheirsBlocks(c) ? 'yes' : 'failed')}>
              Use theirs
            </button>
          )}
          {taken === 'yes' && <p className="small">Theirs is in the text now (Undo takes it back).</p>}
          {taken === 'failed' && (
            <p role="alert" className="notice small">
              Your side of this passage has changed since the merge, so it was left alone: copy theirs from here if you want it.
            </p>
          )}
        </div>
      </div>
    </li>
  );
}

/** What a three-way merge did: their changes as suggestions, and the places both changed, side by side. */
export function MergeReport({ result, onUseTheirs, onUseTheirsBlocks, onDismiss }: Props) {
  return (
    <section className="conflict-banner merge-report" aria-labelledby="merge-title">
      <h2 id="merge-title">Merged with the other copy</h2>
      <p>
        {result.suggested === 0
          ? 'None of their changes needed bringing in.'
          : `${result.suggested} of their changes came in as suggestions: accept or reject them like any other.`}{' '}
        {result.conflicts.length > 0 && `${result.conflicts.length} ${result.conflicts.length === 1 ? 'place was' : 'places were'} changed by both of you: yours is kept, theirs is shown beside it to use instead.`}
      </p>
      {result.conflicts.length > 0 && (
        <ul className="merge-conflicts" aria-label="Changed by both">
          {result.conflicts.map((c, i) => (
            <Conflict key={i} c={c} onUseTheirs={onUseTheirs} onUseTheirsBlocks={onUseTheirsBlocks} />
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
