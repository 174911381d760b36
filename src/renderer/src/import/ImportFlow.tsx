import { useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { errorSentence } from '../ui/errors';
import { Modal } from '../ui/Modal';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_TEXT_BYTES,
  tooLargeFileMessage,
  tooMuchTextMessage,
  type ImportDraftInput,
  type ImportPreview,
  type ImportProgressEvent,
} from '../../../shared/ipc/contract';
import { ImportReview } from './ImportReview';
import type { ImportInput } from './import-input';
import { readBase64 } from '../ui/read-file';


const STAGE_LABEL: Record<ImportProgressEvent['stage'], string> = {
  reading: 'Reading the file…',
  converting: 'Converting the Word document…',
  analysing: 'Finding the headline, sections, sources and quotations…',
  done: 'Done.',
  failed: 'The import failed.',
};

/** A sentence for a file refused before it is sent anywhere, or null when it may be imported. */
function refusal(file: File): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (!/\.docx$/i.test(file.name) && file.size > MAX_IMPORT_TEXT_BYTES) return tooMuchTextMessage(file.name, file.size);
  if (file.size > MAX_IMPORT_FILE_BYTES) return tooLargeFileMessage(file.name, file.size);
  return null;
}

type Phase =
  | { kind: 'working'; stage: ImportProgressEvent['stage']; percent: number }
  | { kind: 'review'; preview: ImportPreview; creating: boolean; error: string | null }
  | { kind: 'failed'; message: string };

let runs = 0;

/**
 * One import from start to finish: the copy goes to the main process, whose worker analyses it
 * while this shows progress (the page stays usable); then the review; then the new article opens.
 */
export function ImportFlow({ input, onOpen, onClose }: { input: ImportInput; onOpen: (file: string) => void; onClose: () => void }) {
  const [phase, setPhase] = useState<Phase>(input.kind === 'refused' ? { kind: 'failed', message: input.message } : { kind: 'working', stage: 'reading', percent: 0 });
  const fileName = input.kind === 'file' ? input.file.name : input.fileName;
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (input.kind === 'refused') return;
    let live = true;
    const id = `import-${Date.now()}-${++runs}`;
    const off = api.on('import.progress', (p) => {
      if (live && p.id === id && p.stage !== 'done' && p.stage !== 'failed') setPhase({ kind: 'working', stage: p.stage, percent: p.percent });
    });
    void (async () => {
      let bytes: string;
      if (input.kind === 'file') {
        const refused = refusal(input.file);
        if (refused) return live && setPhase({ kind: 'failed', message: refused });
        try {
          bytes = await readBase64(input.file);
        } catch (e) {
          return live && setPhase({ kind: 'failed', message: `${fileName} could not be read: ${(e as Error).message}.` });
        }
      } else bytes = input.bytes;
      const r = await api.call('import.preview', { fileName, bytes, id });
      if (!live) return;
      setPhase(r.ok ? { kind: 'review', preview: r.value, creating: false, error: null } : { kind: 'failed', message: errorSentence(r.error) });
    })();
    return () => {
      live = false;
      off();
    };
  }, [input, fileName]);

  useEffect(() => {
    if (phase.kind !== 'review') closeRef.current?.focus();
  }, [phase.kind]);

  const create = async (preview: ImportPreview, draft: ImportDraftInput) => {
    setPhase({ kind: 'review', preview, creating: true, error: null });
    const r = await api.call('import.create', { previewId: preview.previewId, draft });
    if (r.ok) onOpen(r.value.file);
    else setPhase({ kind: 'review', preview, creating: false, error: errorSentence(r.error) });
  };

  if (phase.kind === 'review') {
    return <ImportReview preview={phase.preview} busy={phase.creating} error={phase.error} onCancel={onClose} onCreate={(d) => void create(phase.preview, d)} />;
  }
  return (
    <Modal alert={phase.kind === 'failed'} labelledBy="import-progress-title" describedBy="import-progress-text" className="import-progress" onEscape={onClose}>
      <h2 id="import-progress-title">{phase.kind === 'failed' ? `Could not import ${fileName}` : `Importing ${fileName}`}</h2>
      {phase.kind === 'failed' ? (
        <p id="import-progress-text" role="alert">
          {phase.message}
        </p>
      ) : (
        <>
          <p id="import-progress-text">{STAGE_LABEL[phase.stage]}</p>
          <progress aria-label="Import progress" max={100} value={phase.percent > 0 ? phase.percent : undefined} />
          <p className="muted small">Long copy takes a few seconds; the review opens when it has been read.</p>
        </>
      )}
      <div className="modal-actions">
        <button type="button" ref={closeRef} onClick={onClose}>
          {phase.kind === 'failed' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </Modal>
  );
}
