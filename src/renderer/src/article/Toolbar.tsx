import { useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Editor } from '@tiptap/react';

interface Props {
  editor: Editor | null;
  disabled: boolean;
  /** Further tools (sections, pull quotes, sources), placed before undo and redo. */
  children?: ReactNode;
}

/** Re-renders when the editor's selection or content changes, so active states stay right. */
function useEditorTick(editor: Editor | null): number {
  return useSyncExternalStore(
    (cb) => {
      if (!editor) return () => undefined;
      editor.on('transaction', cb);
      return () => editor.off('transaction', cb);
    },
    () => (editor ? editor.state.tr.time : 0),
  );
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

export function Toolbar({ editor, disabled, children }: Props) {
  useEditorTick(editor);
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState('');
  if (!editor) return <div className="toolbar" />;
  const btn = (label: string, active: boolean, run: () => void, shortcut?: string) => (
    <button
      type="button"
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {label}
    </button>
  );
  const chain = () => editor.chain().focus();
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      {btn('Bold', editor.isActive('bold'), () => chain().toggleBold().run(), 'Ctrl+B')}
      {btn('Italic', editor.isActive('italic'), () => chain().toggleItalic().run(), 'Ctrl+I')}
      {btn('Link', editor.isActive('link'), () => {
        setHref(String(editor.getAttributes('link').href ?? 'https://'));
        setLinking((v) => !v);
      })}
      <span className="sep" />
      {btn('Bulleted list', editor.isActive('bulletList'), () => chain().toggleBulletList().run())}
      {btn('Numbered list', editor.isActive('orderedList'), () => chain().toggleOrderedList().run())}
      {btn('Block quote', editor.isActive('blockquote'), () => chain().toggleBlockquote().run())}
      {btn('Add section', false, () => chain().insertSection().run(), 'Ctrl+Alt+S')}
      <span className="sep" />
      {children}
      {children && <span className="sep" />}
      {btn('Undo', false, () => chain().undo().run(), 'Ctrl+Z')}
      {btn('Redo', false, () => chain().redo().run(), 'Ctrl+Shift+Z')}
      {linking && (
        <form
          className="link-form"
          onSubmit={(e) => {
            e.preventDefault();
            const url = href.trim();
            if (url === '') chain().extendMarkRange('link').unsetLink().run();
            else if (SAFE_LINK.test(url)) chain().extendMarkRange('link').setLink({ href: url }).run();
            else return;
            setLinking(false);
          }}
        >
          <label>
            <span className="visually-hidden">Link address</span>
            <input autoFocus value={href} onChange={(e) => setHref(e.target.value)} placeholder="https://…" />
          </label>
          <button type="submit">Apply</button>
          {href.trim() !== '' && !SAFE_LINK.test(href.trim()) && <span className="muted small">Only web and mail links.</span>}
        </form>
      )}
    </div>
  );
}
