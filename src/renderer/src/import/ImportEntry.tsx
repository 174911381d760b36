import { useEffect, useRef, useState, type DragEvent } from 'react';
import { api, isBrowserMode } from '../api';
import type { AppController } from '../app/app-controller';
import { errorSentence } from '../ui/errors';
import { IMPORT_ACCEPT } from './import-input';

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

/**
 * The host's way to choose a file for "Import…": Electron's own file dialog, or a file input in
 * browser mode. Lives in the shell so the command works from any view.
 */
export function ImportEntry({ app }: { app: AppController }) {
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    app.chooseImportFile = () => {
      if (isBrowserMode) return fileInput.current?.click();
      void api.call('import.chooseFile', {}).then((r) => {
        if (!r.ok) app.startImport({ kind: 'refused', fileName: 'the file', message: errorSentence(r.error) });
        else if (r.value) app.startImport({ kind: 'bytes', fileName: r.value.fileName, bytes: r.value.bytes });
      });
    };
  }, [app]);
  return (
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
        if (file) app.startImport({ kind: 'file', file });
      }}
    />
  );
}

/** Files dropped anywhere on a view are imported; returns the view's drop handlers and whether a drag is over it. */
export function useImportDrop(app: AppController) {
  const [dragging, setDragging] = useState(false);
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
      if (!app.value.importing) app.startImport({ kind: 'file', file });
    },
  };
  const zone = dragging && (
    <div className="import-drop-zone" aria-hidden="true">
      <p>Drop to import as a new article</p>
      <p className="small">Text, Markdown, HTML or Word (.docx)</p>
    </div>
  );
  return { dragging, dropProps, zone };
}
