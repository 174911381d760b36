import { useEffect, useState } from 'react';
import { api } from '../api';
import type { Source } from '../../../shared/article/model';
import { sourceName } from '../../../shared/article/labels';
import { excerpt } from '../../../shared/analysis/target';
import type { QuotedElsewhereArticle } from '../../../shared/ipc/channels/search';
import { parseQuery } from '../../../shared/search/query';
import { useCommandHost } from '../commands/use-command';
import { errorSentence } from '../ui/errors';

type State = { kind: 'closed' } | { kind: 'loading' } | { kind: 'shown'; articles: QuotedElsewhereArticle[]; partial: string | null } | { kind: 'failed'; message: string };

const day = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
};

/**
 * Every other article in the library that quotes this source (by id, or by the same name under
 * another id), with the quotations and the article's date, from the search index. A click opens
 * that article at the quotation.
 */
export function QuotedElsewhere({ source }: { source: Source }) {
  const { app } = useCommandHost();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const name = sourceName(source);

  const load = async () => {
    const route = app.value.route;
    const r = await api.call('search.quotedElsewhere', {
      sourceId: source.id,
      name: source.name.trim() || undefined,
      excludeFile: route.view === 'editor' ? route.file : undefined,
    });
    if (!r.ok) return setState({ kind: 'failed', message: errorSentence(r.error) });
    setState({ kind: 'shown', articles: r.value.articles, partial: r.value.index.complete ? null : r.value.index.message });
  };

  const toggle = async () => {
    if (state.kind !== 'closed') return setState({ kind: 'closed' });
    setState({ kind: 'loading' });
    await load();
  };

  // Asked while the index was still being built: asked again once it is, so the answer is whole.
  const partial = state.kind === 'shown' && state.partial !== null;
  useEffect(() => {
    if (!partial) return;
    let asked = false;
    const again = () => {
      if (asked) return;
      asked = true;
      void load();
    };
    const off = api.on('search.progress', (status) => status.complete && again());
    // It may have finished between the answer and now.
    void api.call('search.status', {}).then((r) => r.ok && r.value.complete && again());
    return () => {
      asked = true;
      off();
    };
  }, [partial, source.id, source.name]);

  return (
    <div className="quoted-elsewhere" onClick={(e) => e.stopPropagation()}>
      <button type="button" className="small" aria-expanded={state.kind !== 'closed'} aria-label={`Quoted elsewhere: ${name}`} onClick={() => void toggle()}>
        Quoted elsewhere
      </button>
      {state.kind === 'loading' && <p className="muted small">Looking through the library…</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="notice small">
          {state.message}
        </p>
      )}
      {state.kind === 'shown' && (
        <>
          {state.partial && <p className="muted small">{state.partial}</p>}
          {state.articles.length === 0 ? (
            <p className="muted small">No other article quotes {name}.</p>
          ) : (
            <ul className="elsewhere-list" aria-label={`Where else ${name} is quoted`}>
              {state.articles.map((a) => (
                <li key={a.file}>
                  <button type="button" className="jump-link" onClick={() => void app.openFound(a.file, parseQuery(`"${a.quotations[0]?.text ?? ''}"`).highlight)}>
                    <strong>{a.headline.trim() || 'Untitled'}</strong> <time dateTime={a.createdAt}>{day(a.createdAt)}</time>
                  </button>
                  <ul className="small">
                    {a.quotations.map((q) => (
                      <li key={`${q.quotationId}-${q.index}`}>“{excerpt(q.text, 140)}”</li>
                    ))}
                  </ul>
                  {a.matchedBy === 'name' && <p className="muted small">As {a.source.name}{a.source.title ? `, ${a.source.title}` : ''}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
