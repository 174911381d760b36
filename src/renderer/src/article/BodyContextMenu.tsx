import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { MenuList } from '../commands/MenuList';
import { surfaceMenu } from '../commands/surfaces';

const ENTRIES = surfaceMenu('contextMenu');

/**
 * The body's context menu (right click, the Menu key or Shift+F10): clipboard, attribution, pull
 * quote, claim and formatting commands, from the registry like every other menu.
 */
export function BodyContextMenu({ editor }: { editor: Editor }) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const dom = editor.view.dom;
    const onContext = (e: MouseEvent) => {
      e.preventDefault();
      // From the keyboard the event has no pointer position: open at the cursor.
      if (e.clientX === 0 && e.clientY === 0) {
        const c = editor.view.coordsAtPos(editor.state.selection.head);
        setAt({ x: c.left, y: c.bottom });
      } else setAt({ x: e.clientX, y: e.clientY });
    };
    dom.addEventListener('contextmenu', onContext);
    return () => dom.removeEventListener('contextmenu', onContext);
  }, [editor]);
  const close = useCallback(
    (returnFocus: boolean) => {
      setAt(null);
      if (returnFocus) editor.view.focus();
    },
    [editor],
  );
  if (!at) return null;
  const style = { position: 'fixed' as const, left: Math.min(at.x, window.innerWidth - 280), top: Math.min(at.y, window.innerHeight - 340) };
  return <MenuList label="Text" entries={ENTRIES} onClose={close} className="context-menu" style={style} />;
}
