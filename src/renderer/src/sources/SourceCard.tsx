import { useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Source } from '../../../shared/article/model';
import { STANDING_LABELS, sourceName, sourceRole } from '../../../shared/article/labels';

interface Props {
  editor: Editor | null;
  sources: Source[];
  /** A quotation was clicked: show its source in the panel. */
  onSelectSource: (sourceId: string) => void;
}

interface Hover {
  sourceId: string | null;
  top: number;
  left: number;
}

const QUOTATION = 'span[data-type="quotation"]';

/**
 * Hovering a quotation in the body shows its source's card; clicking one selects the source in the
 * panel. Listens on the editor's DOM, so the schema and the text need to know nothing about it.
 */
export function SourceCard({ editor, sources, onSelectSource }: Props) {
  const [hover, setHover] = useState<Hover | null>(null);
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    const quotationAt = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>(QUOTATION) : null);
    const over = (e: MouseEvent) => {
      const el = quotationAt(e.target);
      if (!el) return setHover(null);
      const r = el.getBoundingClientRect();
      setHover({ sourceId: el.dataset.sourceId ?? null, top: r.bottom + 6, left: Math.min(r.left, window.innerWidth - 300) });
    };
    const out = (e: MouseEvent) => {
      if (!quotationAt(e.relatedTarget)) setHover(null);
    };
    const click = (e: MouseEvent) => {
      const id = quotationAt(e.target)?.dataset.sourceId;
      if (id) onSelectSource(id);
    };
    dom.addEventListener('mouseover', over);
    dom.addEventListener('mouseout', out);
    dom.addEventListener('click', click);
    return () => {
      dom.removeEventListener('mouseover', over);
      dom.removeEventListener('mouseout', out);
      dom.removeEventListener('click', click);
    };
  }, [editor, onSelectSource]);

  if (!hover) return null;
  const source = sources.find((s) => s.id === hover.sourceId);
  return (
    <div role="tooltip" className="source-card" style={{ top: hover.top, left: hover.left }}>
      {source ? (
        <>
          <strong>{sourceName(source)}</strong>
          {sourceRole(source) && <span>{sourceRole(source)}</span>}
          <span className={`badge standing-${source.standing}`}>{STANDING_LABELS[source.standing]}</span>
          {source.standing !== 'on-record' && source.anonymousDescription && <span className="muted small">In the text: {source.anonymousDescription}</span>}
        </>
      ) : (
        <span>This quotation is not linked to a source in this article.</span>
      )}
    </div>
  );
}
