import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { CommandId } from '../../../shared/commands/catalog';
import { getCommand } from './host';
import type { MenuEntry } from './surfaces';

export type { MenuEntry };
import { useCommand } from './use-command';


interface Props {
  label: string;
  entries: MenuEntry[];
  /** Close without choosing (Esc, Tab, a click elsewhere). */
  onClose: (returnFocus: boolean) => void;
  /** ←/→ in a menu bar go to the neighbouring menu. */
  onSideways?: (direction: -1 | 1) => void;
  className?: string;
  style?: React.CSSProperties;
  /** Focus the first item when opened (from the keyboard or a click). */
  autoFocus?: boolean;
}

const ITEM = '[role="menuitem"], [role="menuitemcheckbox"]';

/**
 * A dropdown of commands (menu bar menus, the Section menu, the body's context menu): each item
 * shows its shortcut, is disabled with the reason as its tooltip when it does not apply, and runs
 * through the command host like a key or the palette would. Arrow keys, Home/End, Enter and Esc work.
 */
export function MenuList({ label, entries, onClose, onSideways, className, style, autoFocus = true }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.querySelector<HTMLElement>(ITEM)?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node) && !(e.target as Element | null)?.closest?.('[data-menu-anchor]')) onClose(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [autoFocus, onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(-1);
    else if (e.key === 'Escape') onClose(true);
    else if (e.key === 'Tab') return onClose(false);
    else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && onSideways) onSideways(e.key === 'ArrowLeft' ? -1 : 1);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={ref} role="menu" aria-label={label} className={className ? `menu ${className}` : 'menu'} style={style} onKeyDown={onKeyDown}>
      <Entries entries={entries} onDone={() => onClose(false)} />
    </div>
  );
}

function Entries({ entries, onDone }: { entries: MenuEntry[]; onDone: () => void }): ReactNode {
  return entries.map((e, i) => {
    if (e.kind === 'separator') return <div key={`sep-${i}`} role="separator" className="menu-separator" />;
    if (e.kind === 'group')
      return (
        <div key={`group-${e.label}`} role="group" aria-label={e.label} className="menu-group">
          <div className="menu-group-label" aria-hidden="true">
            {e.label}
          </div>
          <Entries entries={e.items} onDone={onDone} />
        </div>
      );
    return <Item key={e.label ? `${e.id}:${e.label}` : e.id} id={e.id} arg={e.arg} label={e.label} onDone={onDone} />;
  });
}

function Item({ id, arg, label, onDone }: { id: CommandId; arg?: unknown; label?: string; onDone: () => void }) {
  const c = useCommand(id, arg);
  const disabled = c.availability !== true;
  const toggle = !!getCommand(id).checked;
  return (
    <button
      type="button"
      role={toggle ? 'menuitemcheckbox' : 'menuitem'}
      aria-checked={toggle ? c.checked : undefined}
      aria-disabled={disabled || undefined}
      title={disabled ? (c.availability as string) : (c.description ?? undefined)}
      className="menu-item"
      tabIndex={-1}
      // The editor keeps its selection while the menu is clicked.
      onMouseDown={(e) => e.preventDefault()}
      // A disabled item still answers: the command says why it does not apply (read out politely).
      onClick={() => {
        onDone();
        c.run();
      }}
    >
      <span className="menu-check" aria-hidden="true">
        {toggle && c.checked ? '✓' : ''}
      </span>
      <span className="menu-title">{label ?? c.title}</span>
      {c.shortcut && <kbd>{c.shortcut}</kbd>}
    </button>
  );
}
