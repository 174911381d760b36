import { useEffect, useMemo, useState } from 'react';
import type { Source } from '../../../shared/article/model';
import { api } from '../api';
import type { PickerState } from '../article/article-ui';
import { newId } from '../../../shared/ids';
import { Modal } from '../ui/Modal';
import { SourceForm } from './SourceForm';
import { STANDING_LABELS, sourceName, sourceRole } from '../../../shared/article/labels';

interface Props {
  state: PickerState;
  articleSources: Source[];
  onCommit: (source: Source, toBook: boolean) => void;
  onCancel: () => void;
}

function blank(name: string): Source {
  return {
    id: newId('src'),
    name,
    title: '',
    affiliation: '',
    kind: 'person',
    standing: 'on-record',
    anonymousDescription: '',
    anonymityReason: '',
    contact: '',
    notes: '',
    verified: false,
  };
}

function matches(s: Source, query: string): boolean {
  const hay = [s.name, s.title, s.affiliation, s.anonymousDescription].join(' ').toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/**
 * "Attribute to…": search the article's sources and the library's source book, or create a source.
 * Also the dialog for creating or editing a source from the panel (the same form).
 */
export function SourcePicker({ state, articleSources, onCommit, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const [book, setBook] = useState<Source[]>([]);
  const [creating, setCreating] = useState<Source | null>(state.mode === 'create' ? blank('') : null);

  useEffect(() => {
    if (state.mode !== 'attribute') return;
    let live = true;
    const t = setTimeout(() => {
      void api.call('sources.search', { query, limit: 20 }).then((r) => {
        if (live && r.ok) setBook(r.value);
      });
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [query, state.mode]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onCancel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const inArticle = useMemo(() => articleSources.filter((s) => matches(s, query)), [articleSources, query]);
  const inArticleIds = new Set(articleSources.map((s) => s.id));
  const fromBook = book.filter((s) => !inArticleIds.has(s.id));

  const title = state.mode === 'edit' ? 'Edit source' : state.mode === 'create' || creating ? 'New source' : 'Attribute to…';
  const choice = (s: Source, where: string) => (
    <li key={s.id}>
      <button type="button" className="source-choice" onClick={() => onCommit(s, where === 'book')}>
        <strong>{sourceName(s)}</strong>
        <span className="muted small">
          {sourceRole(s)} · {STANDING_LABELS[s.standing]}
        </span>
      </button>
    </li>
  );

  return (
    // Esc is handled on the window (above), so it works wherever the focus is.
    <Modal labelledBy="picker-title" className="source-picker" onBackdrop={onCancel}>
      <h2 id="picker-title">{title}</h2>
      {state.mode === 'edit' ? (
        <SourceForm initial={state.source} submitLabel="Save source" onSubmit={(s) => onCommit(s, true)} onCancel={onCancel} />
      ) : creating ? (
        <SourceForm initial={creating} submitLabel={state.mode === 'attribute' ? 'Create and attribute' : 'Create source'} onSubmit={(s) => onCommit(s, true)} onCancel={state.mode === 'create' ? onCancel : () => setCreating(null)} />
      ) : (
        <>
          <label className="search">
            Search sources
            <input autoFocus type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, title or organisation" />
          </label>
          <h3 className="small">In this article</h3>
          {inArticle.length ? <ul className="choices" aria-label="Sources in this article">{inArticle.map((s) => choice(s, 'article'))}</ul> : <p className="muted small">None found.</p>}
          <h3 className="small">Source book</h3>
          {fromBook.length ? <ul className="choices" aria-label="Sources in the source book">{fromBook.map((s) => choice(s, 'book'))}</ul> : <p className="muted small">None found.</p>}
          <div className="modal-actions">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => setCreating(blank(query.trim()))}>
              New source…
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}

