import { memo, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { OutlineEntry } from '../../../../shared/analysis/outline';
import { CommandButton } from '../../commands/CommandButton';
import { jumpToSection } from '../editor/jump';
import { words } from '../../ui/format';
import { useWatch } from '../../ui/store';
import type { ArticleAnalysis } from '../analysis';

interface Props {
  editor: Editor | null;
  analysis: ArticleAnalysis;
  disabled: boolean;
}

const DRAG_TYPE = 'application/x-copydesk-section';

function label(e: OutlineEntry): string {
  return e.kind === 'intro' ? 'Intro' : e.title.trim() || 'Untitled section';
}

/**
 * The intro and each section with its word count; click to jump, arrows or drag to reorder. Moves
 * name sections by id and are resolved in the current document, so an outline a moment old (it
 * refreshes after a pause in typing) still moves the section the person sees and drops it where they aimed.
 */
export const Outline = memo(function Outline({ editor, analysis, disabled }: Props) {
  const outline = useWatch(analysis, (s) => s.result?.outline ?? null);
  const [dropAt, setDropAt] = useState<string | null>(null);
  const moveOnto = (draggedId: string, target: OutlineEntry) => {
    if (!editor || disabled || target.kind !== 'section' || !target.id) return;
    const to = findIndex(editor, target.id);
    if (to === null) return;
    editor.chain().moveSectionById(draggedId, to).run();
  };
  return (
    <nav className="outline" aria-label="Sections">
      <h2 className="rail-title">Outline</h2>
      {outline && outline.length === 0 && <p className="muted small">The article is empty.</p>}
      <ol>
        {(outline ?? []).map((e) => {
          const key = e.kind === 'intro' ? 'intro' : (e.id ?? `s${e.index}`);
          const movable = e.kind === 'section' && !!e.id && !disabled;
          return (
            <li
              key={key}
              className={`outline-entry${dropAt === key ? ' drop-target' : ''}`}
              draggable={movable}
              onDragStart={(ev) => {
                if (e.kind !== 'section' || !e.id) return;
                ev.dataTransfer.setData(DRAG_TYPE, e.id);
                ev.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(ev) => {
                if (e.kind !== 'section' || !ev.dataTransfer.types.includes(DRAG_TYPE)) return;
                ev.preventDefault();
                setDropAt(key);
              }}
              onDragLeave={() => setDropAt(null)}
              onDrop={(ev) => {
                ev.preventDefault();
                setDropAt(null);
                const dragged = ev.dataTransfer.getData(DRAG_TYPE);
                if (dragged) moveOnto(dragged, e);
              }}
            >
              <button type="button" className="outline-jump" onClick={() => editor && jumpToSection(editor, e)} title={`Go to ${label(e)}`}>
                <span className={`outline-title${e.kind === 'section' && !e.title.trim() ? ' muted' : ''}`}>{label(e)}</span>
                <span className="outline-words muted small">{words(e.words)}</span>
              </button>
              {e.kind === 'section' && e.id && (
                <span className="outline-move">
                  <CommandButton
                    id="section.moveUp"
                    arg={{ sectionId: e.id }}
                    label="↑"
                    ariaLabel={`Move “${label(e)}” up`}
                  />
                  <CommandButton
                    id="section.moveDown"
                    arg={{ sectionId: e.id }}
                    label="↓"
                    ariaLabel={`Move “${label(e)}” down`}
                  />
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
});

/** Where the section with this id stands now among the sections. */
function findIndex(editor: Editor, id: string): number | null {
  let i = 0;
  let found: number | null = null;
  editor.state.doc.forEach((n) => {
    if (n.type.name !== 'section') return;
    if (n.attrs.id === id) found = i;
    i++;
  });
  return found;
}
