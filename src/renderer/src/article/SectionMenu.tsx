import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Structure } from './use-structure';

interface Props {
  editor: Editor;
  structure: Structure;
  disabled: boolean;
}

interface Item {
  label: string;
  shortcut: string;
  run: (e: Editor) => boolean;
}

const SECTION_ITEMS: Item[] = [
  { label: 'Insert section', shortcut: 'Ctrl+Alt+S', run: (e) => e.chain().focus().insertSection().run() },
  { label: 'Split section at cursor', shortcut: 'Ctrl+Alt+Enter', run: (e) => e.chain().focus().splitSection().run() },
  { label: 'Merge into previous section', shortcut: 'Ctrl+Alt+Backspace', run: (e) => e.chain().focus().mergeSectionIntoPrevious().run() },
  { label: 'Move section up', shortcut: 'Alt+Shift+↑', run: (e) => e.chain().focus().moveSection(-1).run() },
  { label: 'Move section down', shortcut: 'Alt+Shift+↓', run: (e) => e.chain().focus().moveSection(1).run() },
  { label: 'Collapse or expand section', shortcut: 'Ctrl+Alt+C', run: (e) => e.chain().focus().toggleSectionCollapsed().run() },
];

/** The toolbar's structure tools: a Section menu, pull quotes, attribution and claims. */
export function StructureMenu({ editor, structure, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent) => {
      if (!menu.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const keep = (e: React.MouseEvent) => e.preventDefault(); // the editor keeps its selection
  const button = (label: string, run: () => void, title?: string) => (
    <button type="button" disabled={disabled} onMouseDown={keep} onClick={run} title={title ?? label}>
      {label}
    </button>
  );
  return (
    <>
      <span className="menu-anchor">
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={open}
          disabled={disabled}
          onMouseDown={keep}
          onClick={() => setOpen((v) => !v)}
        >
          Section ▾
        </button>
        {open && (
          <div
            ref={menu}
            role="menu"
            aria-label="Section"
            className="menu"
            onKeyDown={(e) => {
              const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
              const at = items.indexOf(document.activeElement as HTMLButtonElement);
              if (e.key === 'Escape') {
                setOpen(false);
                editor.view.focus();
              } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
              }
            }}
          >
            {SECTION_ITEMS.map((item) => (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                onMouseDown={keep}
                onClick={() => {
                  setOpen(false);
                  if (!item.run(editor)) structure.setNotice(`“${item.label}” does not apply where the cursor is.`);
                  // TipTap focuses on the next animation frame; a key typed before then would hit this
                  // menu item as it disappears. Focus the text now, so the first keystroke lands in it.
                  editor.view.focus();
                }}
              >
                <span>{item.label}</span>
                <kbd>{item.shortcut}</kbd>
              </button>
            ))}
          </div>
        )}
      </span>
      {button('Make pull quote', () => structure.pullQuote(true), 'Repeat the selected words as a pull quote')}
      {button('Insert pull quote', () => structure.pullQuote(false))}
      {button('Attribute to…', structure.openAttribute, 'Link the selected quoted words to a source')}
      {button('Mark as claim', structure.markAsClaim, 'Mark the selected words as a claim to check')}
    </>
  );
}
