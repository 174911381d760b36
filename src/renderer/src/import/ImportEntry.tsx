import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { api, isBrowserMode } from '../api';
import { errorSentence } from '../ui/errors';
import { IMPORT_ACCEPT, ImportFlow, type ImportInput } from './ImportFlow';

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

/**
 * The ways into an import from the library: an "Import…" button (Electron's own file dialog, or a
 * file input in browser mode) and files dropped anywhere on the view. Returns the pieces the
 * library view places: the button, the drop handlers for its element, and the dialogs.
 */
export function useImportEntry(onOpen: (file: string) => void): {
  button: ReactNode;
  dragging: boolean;
  dropProps: { onDragEnter: (e: DragEvent) => void; onDragOver: (e: DragEvent) => void; onDragLeave: (e: DragEvent) => void; onDrop: (e: DragEvent) => void };
  layer: ReactNode;
} {
  const [input, setInput] = useState<ImportInput | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const choose = async () => {
    if (isBrowserMode) return fileInput.current?.click();
    const r = await api.call('import.chooseFile', {});
    if (!r.ok) setInput({ kind: 'refused', fileName: 'the file', message: errorSentence(r.error) });
    else if (r.value) setInput({ kind: 'bytes', fileName: r.value.fileName, bytes: r.value.bytes });
  };

  const dropProps = {
    onDragEnter: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      // Leaving for a child of the view is not leaving the view.
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      if (!input) setInput({ kind: 'file', file });
    },
  };

  const button = (
    <>
      <button type="button" onClick={() => void choose()} title="Import a text, Markdown, HTML or Word file as a new article">
        Import…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-label="File to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) setInput({ kind: 'file', file });
        }}
      />
    </>
  );

  const layer = (
    <>
      {dragging && (
        <div className="import-drop-zone" aria-hidden="true">
          <p>Drop to import as a new article</p>
          <p className="small">Text, Markdown, HTML or Word (.docx)</p>
        </div>
      )}
      {input && (
        <ImportFlow
          input={input}
          onClose={() => setInput(null)}
          onOpen={(file) => {
            setInput(null);
            onOpen(file);
          }}
        />
      )}
    </>
  );
  return { button, dragging, dropProps, layer };
}
