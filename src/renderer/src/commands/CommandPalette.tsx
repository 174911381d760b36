import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CommandId } from '../../../shared/commands/catalog';
import { Modal } from '../ui/Modal';
import { useWatch } from '../ui/store';
import { fuzzyMatch } from './fuzzy';
import { shortcutLabel, useCommandHost } from './use-command';

interface Row {
  id: CommandId;
  title: string;
  category: string;
  shortcut: string | null;
  availability: true | string;
  positions: number[];
  score: number;
  recent: number;
}

function highlight(text: string, positions: number[]): ReactNode {
  if (positions.length === 0) return text;
  const set = new Set(positions);
  return [...text].map((ch, i) => (set.has(i) ? <mark key={i}>{ch}</mark> : ch));
}

/**
 * Find any command by name (Ctrl/Cmd+Shift+P, or Alt+/): fuzzy matching on titles and categories,
 * each with its shortcut; commands that do not apply are listed with the reason; recently used
 * first. Entirely keyboard-driven: ↑/↓, Enter, Esc; a combobox over a listbox for screen readers.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const host = useCommandHost();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const recent = useWatch(host.recent, (r) => r.ids);
  // Decided when the palette opens, from the state the user was in (the editor keeps its selection meanwhile).
  const ctx = useMemo(() => host.context(), [host]);

  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const c of host.commands()) {
      if (c.palette === false) continue;
      const text = c.title;
      const inTitle = fuzzyMatch(query, text);
      // "section split": a first word naming the category narrows to it, the rest matches the title.
      const [first, ...rest] = query.trim().split(/\s+/);
      const byCategory = !inTitle && rest.length > 0 && fuzzyMatch(first, c.category)?.positions[0] === 0 ? fuzzyMatch(rest.join(' '), text) : null;
      const m = inTitle ?? byCategory;
      if (!m) continue;
      const r = recent.indexOf(c.id);
      out.push({
        id: c.id,
        title: text,
        category: c.category,
        shortcut: shortcutLabel(host, c.id),
        availability: host.availability(c.id, ctx),
        positions: m.positions,
        score: m.score,
        recent: r < 0 ? Infinity : r,
      });
    }
    // Recently used first, then the best matches; with no query, recent first then the menu order.
    return out.sort((a, b) => a.recent - b.recent || b.score - a.score);
  }, [host, query, recent, ctx]);

  const current = rows[Math.min(active, rows.length - 1)];

  const choose = (row: Row | undefined) => {
    if (!row) return;
    if (row.availability !== true) return; // its reason is on screen
    onClose();
    host.remember(row.id);
    host.run(row.id);
  };

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, i));
    setActive(next);
    list.current?.querySelectorAll('[role="option"]')[next]?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <Modal labelledBy={`${listId}-title`} className="palette" onEscape={onClose} onBackdrop={onClose}>
      <h2 id={`${listId}-title`} className="visually-hidden">
        Command palette
      </h2>
      <input
        autoFocus
        className="palette-input"
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') moveTo(active + 1);
          else if (e.key === 'ArrowUp') moveTo(active - 1);
          else if (e.key === 'PageDown') moveTo(active + 8);
          else if (e.key === 'PageUp') moveTo(active - 8);
          else if (e.key === 'Enter') choose(current);
          else return;
          e.preventDefault();
        }}
      />
      <ul ref={list} id={listId} role="listbox" aria-label="Commands" className="palette-list">
        {rows.map((r, i) => {
          const disabled = r.availability !== true;
          return (
            <li
              key={r.id}
              id={`${listId}-${r.id}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={disabled || undefined}
              className={`palette-row${i === active ? ' active' : ''}${disabled ? ' disabled' : ''}`}
              onMouseMove={() => i !== active && setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span className="palette-title">
                {highlight(r.title, r.positions)}
                <span className="palette-category muted small"> · {r.category}</span>
                {r.recent !== Infinity && query === '' && <span className="palette-recent muted small"> · recently used</span>}
              </span>
              {r.shortcut && <kbd>{r.shortcut}</kbd>}
              {disabled && <span className="palette-reason small">{r.availability}</span>}
            </li>
          );
        })}
        {rows.length === 0 && (
          <li role="option" aria-disabled="true" aria-selected="false" className="palette-row disabled">
            No command matches “{query}”.
          </li>
        )}
      </ul>
    </Modal>
  );
}
