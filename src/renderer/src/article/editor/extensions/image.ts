import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Image as ImageNode } from '../../../../../shared/schema/image';
import { ImageView } from '../image-view';
import { insertImages, setImageAttrs, type NewImage } from '../transforms/insert-image';
import { run } from '../transforms/run';

export interface ImageStorage {
  /**
   * Picture files dropped or pasted into the body, with where they were dropped (null: at the
   * cursor). Set by the article view, which copies them into the library and inserts them.
   */
  receiveFiles: (files: File[], at: number | null) => void;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    image: {
      /** Inserts pictures already in the library, as one step, at `at` or after the block holding the cursor. */
      insertImages: (images: NewImage[], at?: number) => ReturnType;
      /**
       * Changes the fields of the picture at `pos` (alt text, caption, credit, width). `typing` lets
       * the history group it with the keystrokes around it; otherwise it is a step of its own.
       */
      setImageAttrs: (pos: number, attrs: Record<string, unknown>, typing?: boolean) => ReturnType;
    };
  }
  interface Storage {
    image: ImageStorage;
  }
}

const filesOf = (data: DataTransfer | null): File[] => (data ? [...data.files] : []);

/**
 * The shared picture node with the editor's view (the picture at its width, and its alt text,
 * caption, credit and width fields), its commands, and files dropped or pasted into the body.
 * Not draggable until selected: a press in one of its fields must select words, not start a drag.
 */
export const Image = ImageNode.extend<Record<string, never>, ImageStorage>({
  draggable: false,
  addStorage() {
    return { receiveFiles: () => undefined };
  },
  addCommands() {
    return {
      insertImages: (images, at) => run((state) => insertImages(state, images, at)),
      setImageAttrs: (pos, attrs, typing) =>
        typing ? ({ state }) => setImageAttrs(state, pos, attrs) !== null : run((state) => setImageAttrs(state, pos, attrs)),
    };
  },
  addNodeView() {
    return ({ node, getPos, editor }) => new ImageView(node, editor, getPos);
  },
  addProseMirrorPlugins() {
    const storage = this.storage;
    return [
      new Plugin({
        key: new PluginKey('imageFiles'),
        props: {
          // Files only: words and pictures dragged within the body move as ProseMirror moves them.
          handleDrop: (view, event) => {
            const files = filesOf(event.dataTransfer);
            if (!files.length || !view.editable) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            storage.receiveFiles(files, at ? at.pos : null);
            return true;
          },
          handlePaste: (view, event) => {
            const files = filesOf(event.clipboardData);
            // Word and spreadsheets put a picture of the copied words beside them: words are pasted as words.
            if (!files.length || !view.editable || event.clipboardData?.getData('text/plain').trim()) return false;
            storage.receiveFiles(files, null);
            return true;
          },
        },
      }),
    ];
  },
});
