import type { DocNode } from '../../../shared/article/model';
import { nodeText } from '../../../shared/article/text';
import type { MergeConflict, MergeResult } from '../../../shared/review/merge';

interface Props {
  result: MergeResult;
  /** Takes their side of a field both changed. */
  onUseTheirs: (field: string, value: unknown) => void;
  onDismiss: () => void;
}

const text = (nodes: DocNode[]): string => nodeText({ type: 'doc', content: nodes }) || '(nothing)';

const shown = (v: unknown) => (typeof v === 'string' ? v || '(empty)' : JSON.stringify(v));

function Conflict({ c, onUseTheirs }: { c: MergeConflict; onUseTheirs: Props['onUseTheirs'] }) {
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
        </div>
      </div>
    </li>
  );
}

/** What a three-way merge did: their changes as suggestions, and the places both changed, side by side. */
export function MergeReport({ result, onUseTheirs, onDismiss }: Props) {
  return (
    <section className="conflict-banner merge-report" aria-labelledby="merge-title">
      <h2 id="merge-title">Merged with the other copy</h2>
      <p>
        {result.suggested === 0
          ? 'None of their changes needed bringing in.'
          : `${result.suggested} of their changes came in as suggestions: accept or reject them like any other.`}{' '}
        {result.conflicts.length > 0 && `${result.conflicts.length} ${result.conflicts.length === 1 ? 'place was' : 'places were'} changed by both of you: yours is kept, theirs is shown beside it.`}
      </p>
      {result.conflicts.length > 0 && (
        <ul className="merge-conflicts" aria-label="Changed by both">
          {result.conflicts.map((c, i) => (
            <Conflict key={i} c={c} onUseTheirs={onUseTheirs} />
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
