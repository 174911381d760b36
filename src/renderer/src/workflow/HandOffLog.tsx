import { STATUS_LABELS } from '../ui/format';
import { useWatch } from '../ui/store';
import type { ArticleDocument } from '../article/store/document';

/** When, to the minute, in the reader's own clock: the log is read by people handing a story on. */
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** The article's hand-off log, newest first: who moved the story from what to what, their note, and what they published past and why. */
export function HandOffLog({ document }: { document: ArticleDocument }) {
  const log = useWatch(document, (f) => f.statusLog);
  if (log.length === 0) return null;
  return (
    <details className="hand-off-log">
      <summary>Hand-off log ({log.length})</summary>
      <ol aria-label="Hand-off log" reversed>
        {[...log].reverse().map((e) => (
          <li key={e.id}>
            <span className="muted small">{when(e.at)}</span> <strong>{e.by || 'Someone (no name in Settings)'}</strong>:{' '}
            {e.event === 'final-export' ? (
              <>
                {e.note || 'Final export'} while {STATUS_LABELS[e.to]}
              </>
            ) : (
              <>
                {STATUS_LABELS[e.from]} → {STATUS_LABELS[e.to]}
                {e.note && <q className="hand-off-note">{e.note}</q>}
              </>
            )}
            {e.overrides.length > 0 && (
              <ul className="hand-off-overrides">
                {e.overrides.map((o, i) => (
                  <li key={i}>
                    Overrode: {o.message || o.rule} Reason: {o.reason}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
