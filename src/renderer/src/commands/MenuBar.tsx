import { useCallback, useRef, useState } from 'react';
import { menuBar, type CommandId, type MenuItem } from '../../../shared/commands/catalog';
import { MenuList, type MenuEntry } from './MenuList';

const MENUS = menuBar({ electron: false });

function entries(items: MenuItem[]): MenuEntry[] {
  return items.map((i) =>
    i.kind === 'separator' ? i : i.kind === 'submenu' ? { kind: 'group', label: i.label, items: entries(i.items) } : { kind: 'command', id: i.spec.id as CommandId },
  );
}

/**
 * Browser mode's menu bar: the same menus, items and shortcuts as the Electron app's native menu,
 * made from the same catalog. (The Electron app shows its native menu instead.)
 */
export function MenuBar() {
  const [open, setOpen] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const close = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus && open !== null) buttons.current[open]?.focus();
      setOpen(null);
    },
    [open],
  );
  const move = (direction: -1 | 1) => {
    if (open === null) return;
    setOpen((open + direction + MENUS.length) % MENUS.length);
  };
  return (
    <div role="menubar" aria-label="Menu" className="menu-bar">
      {MENUS.map((m, i) => (
        <span key={m.id} className="menu-anchor" data-menu-anchor>
          <button
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === i}
            className="menu-bar-item"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => setOpen(open === i ? null : i)}
            onMouseEnter={() => open !== null && open !== i && setOpen(i)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                setOpen(i);
              } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                e.preventDefault();
                buttons.current[(i + (e.key === 'ArrowRight' ? 1 : -1) + MENUS.length) % MENUS.length]?.focus();
              }
            }}
          >
            {m.label}
          </button>
          {open === i && <MenuList key={m.id} label={m.label} entries={entries(m.items)} onClose={close} onSideways={move} className="menu-bar-menu" />}
        </span>
      ))}
    </div>
  );
}
