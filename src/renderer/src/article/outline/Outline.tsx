import { memo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { OutlineEntry } from '../../../../shared/analysis/outline';
import { moveSectionTo } from '../editor/transforms/move-section';
import { findSection } from '../editor/transforms/sections';
import { jumpToSection } from '../editor/jump';
import { words } from '../../ui/format';

interface Props {
  editor: Editor | null;
  outline: OutlineEntry[] | null;
  disabled: boolean;
  /** Recompute at once, so a move shows in the outline without waiting for the typing pause. */
  onMoved: () => void;
}

const DRAG_TYPE = 'application/x-copydesk-section';

function label(e: OutlineEntry): string {
  return e.kind === 'intro' ? 'Intro' : e.title.trim() || 'Untitled section';
}

/** The intro and each section with its word count; click to jump, buttons or drag to reorder. */
export const Outline = memo(function Outline({ editor, outline, disabled, onMoved }: Props) {
  const [dropAt, setDropAt] = useState<number | null>(null);
  const sections = (outline ?? []).filter((e) => e.kind === 'section');
  /** Moves by the section's id, found in the current document, in case the outline is a moment old. */
  const move = (entry: OutlineEntry | undefined, to: number) => {
    if (!editor || disabled || entry?.kind !== 'section') return;
    const from = findSection(editor.state.doc, entry.id, entry.index)?.index;
    if (from === undefined) return;
    const tr = moveSectionTo(editor.state, from, to);
    if (!tr) return;
    editor.view.dispatch(closeHistory(tr));
    onMoved();
  };
  return (
    <nav className="outline" aria-label="Sections">
      <h2 className="rail-title">Outline</h2>
      {outline && outline.length === 0 && <p className="muted small">The article is empty.</p>}
      <ol>
        {(outline ?? []).map((e) => {
          const index = e.kind === 'section' ? e.index : -1;
          return (
            <li
              key={e.kind === 'intro' ? 'intro' : (e.id ?? `s${e.index}`)}
              className={`outline-entry${dropAt === index ? ' drop-target' : ''}`}
              draggable={e.kind === 'section' && !disabled}
              onDragStart={(ev) => {
                ev.dataTransfer.setData(DRAG_TYPE, String(index));
                ev.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(ev) => {
                if (e.kind !== 'section' || !ev.dataTransfer.types.includes(DRAG_TYPE)) return;
                ev.preventDefault();
                setDropAt(index);
              }}
              onDragLeave={() => setDropAt(null)}
              onDrop={(ev) => {
                ev.preventDefault();
                setDropAt(null);
                const from = Number(ev.dataTransfer.getData(DRAG_TYPE));
                if (e.kind === 'section' && Number.isInteger(from)) move(sections[from], index);
              }}
            >
              <button type="button" className="outline-jump" onClick={() => editor && jumpToSection(editor, e)} title={`Go to ${label(e)}`}>
                <span className={e.kind === 'section' && !e.title.trim() ? 'muted' : undefined}>{label(e)}</span>
                <span className="outline-words muted small">{words(e.words)}</span>
              </button>
              {e.kind === 'section' && (
                <span className="outline-move">
                  <button type="button" aria-label={`Move “${label(e)}” up`} title="Move up (Alt+Shift+↑)" disabled={disabled || e.index === 0} onClick={() => move(e, e.index - 1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move “${label(e)}” down`}
                    title="Move down (Alt+Shift+↓)"
                    disabled={disabled || e.index === sections.length - 1}
                    onClick={() => move(e, e.index + 1)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
