import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { MenuList, type MenuEntry } from '../commands/MenuList';
import { surfaceMenu } from '../commands/surfaces';
import { spellingFor } from '../spelling/spelling-session';

const ENTRIES = surfaceMenu('contextMenu');

/** On a misspelt word: its suggestions, "Add to dictionary" and "Ignore", above the usual commands. */
function spellingEntries(word: string, suggestions: string[] | null): MenuEntry[] {
  const items: MenuEntry[] =
    suggestions === null
      ? []
      : suggestions.length
        ? suggestions.map((s) => ({ kind: 'command', id: 'spelling.correct', arg: s, label: s }))
        : [];
  items.push({ kind: 'command', id: 'spelling.addToDictionary' }, { kind: 'command', id: 'spelling.ignore' });
  return [{ kind: 'group', label: `Spelling: ${word}`, items }, { kind: 'separator' }];
}

/**
 * The body's context menu (right click, the Menu key or Shift+F10): spelling on a misspelt word, then
 * clipboard, attribution, pull quote, claim and formatting commands, from the registry like every other menu.
 */
export function BodyContextMenu({ editor }: { editor: Editor }) {
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const [spelling, setSpelling] = useState<{ word: string; suggestions: string[] | null } | null>(null);
  useEffect(() => {
    const dom = editor.view.dom;
    const onContext = (e: MouseEvent) => {
      e.preventDefault();
      // From the keyboard the event has no pointer position: open at the cursor.
      if (e.clientX === 0 && e.clientY === 0) {
        const c = editor.view.coordsAtPos(editor.state.selection.head);
        setAt({ x: c.left, y: c.bottom });
      } else {
        // A right click outside the selection moves the cursor there, as in every word processor.
        const pos = editor.view.posAtCoords({ left: e.clientX, top: e.clientY })?.pos;
        const { from, to } = editor.state.selection;
        if (pos !== undefined && (pos < from || pos > to)) editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)));
        setAt({ x: e.clientX, y: e.clientY });
      }
      const session = spellingFor(editor);
      const hit = session?.wordAtCursor();
      if (!session || !hit) return setSpelling(null);
      setSpelling({ word: hit.word, suggestions: null });
      void session.suggest(hit.word).then(
        (suggestions) => setSpelling((s) => (s?.word === hit.word ? { word: hit.word, suggestions } : s)),
        () => setSpelling((s) => (s?.word === hit.word ? { word: hit.word, suggestions: [] } : s)),
      );
    };
    dom.addEventListener('contextmenu', onContext);
    return () => dom.removeEventListener('contextmenu', onContext);
  }, [editor]);
  const close = useCallback(
    (returnFocus: boolean) => {
      setAt(null);
      setSpelling(null);
      if (returnFocus) editor.view.focus();
    },
    [editor],
  );
  if (!at) return null;
  const entries = spelling ? [...spellingEntries(spelling.word, spelling.suggestions), ...ENTRIES] : ENTRIES;
  const style = { position: 'fixed' as const, left: Math.min(at.x, window.innerWidth - 280), top: Math.min(at.y, window.innerHeight - (spelling ? 480 : 340)) };
  return <MenuList label="Text" entries={entries} onClose={close} className="context-menu" style={style} />;
}
