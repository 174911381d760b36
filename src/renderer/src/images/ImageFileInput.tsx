import { useEffect, useRef } from 'react';
import { api } from '../api';
import type { OpenArticle } from '../article/open-article';
import { IMAGE_ACCEPT, insertImageFiles } from './insert-images';

/**
 * The file chooser behind "Insert image…" (a file input works in both hosts), and the receiver of
 * picture files dropped or pasted into the body.
 */
export function ImageFileInput({ open }: { open: OpenArticle }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    open.ui.chooseImageFile = () => input.current?.click();
    open.editor.storage.image.receiveFiles = (files, at) => void insertImageFiles(api, open, files, at);
    return () => {
      open.ui.chooseImageFile = () => undefined;
      open.editor.storage.image.receiveFiles = () => undefined;
    };
  }, [open]);
  return (
    <input
      ref={input}
      type="file"
      multiple
      accept={IMAGE_ACCEPT}
      className="visually-hidden"
      tabIndex={-1}
      aria-label="Image file to insert"
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        e.target.value = '';
        if (files.length) void insertImageFiles(api, open, files, null);
      }}
    />
  );
}
