import { useCallback, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { MenuList } from '../commands/MenuList';
import { surfaceMenu } from '../commands/surfaces';

const ENTRIES = surfaceMenu('sectionMenu');

/** The toolbar's Section menu: the section commands, each with its shortcut, disabled with the reason where it does not apply. */
export function SectionMenu({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) editor.view.focus();
    },
    [editor],
  );
  return (
    <span className="menu-anchor" data-menu-anchor>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen((v) => !v)}>
        Section ▾
      </button>
      {open && <MenuList label="Section" entries={ENTRIES} onClose={close} />}
    </span>
  );
}
