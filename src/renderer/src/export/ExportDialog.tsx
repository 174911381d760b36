import { useEffect, useMemo, useRef, useState } from 'react';
import { Modal } from '../ui/Modal';
import { api } from '../api';
import type { ArticleSession } from '../article/store/session';
import { EXPORT_FORMAT_LIST, exportFormat, type ExportFormat } from '../../../shared/export/formats';
import { ARTICLE_FILE_SUFFIX } from '../../../shared/article/slug';
import type { PageSize } from '../../../shared/export/print-style';
import type { AppErrorShape } from '../../../shared/ipc/result';
import { pendingSuggestions } from '../../../shared/export/published';
import { checkArticle, GATED_STATUSES, type CheckedItem } from '../../../shared/review/gate/gate';
import { finalExport } from '../../../shared/review/hand-off';
import { displayName } from '../workflow/display-name';
import { GateChecklist } from '../workflow/GateChecklist';
import { useGateOptions } from '../workflow/use-gate-options';
import { useOverrides } from '../workflow/use-overrides';

interface Props {
  session: ArticleSession;
  onClose: () => void;
  /** Closes the dialog and takes the user to what a checklist item names. */
  onJump: (item: CheckedItem) => void;
}

type Phase =
  | { kind: 'form' }
  | { kind: 'running'; message: string; fraction: number }
  | { kind: 'confirm-replace'; message: string }
  | { kind: 'done'; path: string; folderShown: string | null };

/** A full folder path on any system this runs on: "/…", "C:\…" or "\\server\…". */
const isFullPath = (p: string) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');

function fileStem(file: string): string {
  return file.endsWith(ARTICLE_FILE_SUFFIX) ? file.slice(0, -ARTICLE_FILE_SUFFIX.length) : file;
}

function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** Why an export failed, as a sentence that says what to do. */
function exportErrorSentence(e: AppErrorShape): string {
  switch (e.code) {
    case 'forbidden':
    case 'io':
    case 'disk-full':
    case 'not-found':
    case 'read-only':
      return e.message;
    case 'bad-file':
      return `${e.message} Fix or remove the picture, then export again.`;
    case 'invalid-request':
      return 'Copydesk could not read those choices. Check the folder path and try again.';
    default:
      return `The export failed: ${e.message}`;
  }
}

let exportCount = 0;

const blockedSentence = (n: number) =>
  `${n === 1 ? '1 item blocks' : `${n} items block`} a final export: fix ${n === 1 ? 'it' : 'them'}, override ${n === 1 ? 'it' : 'each'} with a reason, or untick “Final export” to export a draft copy.`;

/**
 * Export the open article: format, options, destination; progress while it renders; the written
 * path and "Show in folder" afterwards. The article is saved first and the main process exports
 * the saved file, so what is exported is exactly what is on disk. Never replaces a file unasked.
 */
export function ExportDialog({ session, onClose, onJump }: Props) {
  const [format, setFormat] = useState<ExportFormat>('html');
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [appendix, setAppendix] = useState(false);
  const [folder, setFolder] = useState('');
  const [canChoose, setCanChoose] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [error, setError] = useState<string | null>(null);
  const currentId = useRef<string | null>(null);
  const dialogRef = useRef<HTMLFormElement & HTMLDivElement>(null);
  const file = session.getSnapshot().file;
  const [pending] = useState(() => pendingSuggestions(session.document.article()));
  // A final export (for publication) must pass the publishing checklist, as Ready to publish must;
  // a story that is already ready or published is exported as final unless the user says otherwise.
  const [article] = useState(() => session.document.article());
  const [final, setFinal] = useState(() => GATED_STATUSES.includes(article.status));
  const gateOptions = useGateOptions();
  const unchecked = useMemo(() => (final ? checkArticle(article, { target: 'export', options: gateOptions }) : null), [final, article, gateOptions]);
  // A failed item may be exported past with a reason, which the hand-off log keeps (who, when, why).
  const { reasons, setReason, overrides } = useOverrides(unchecked);
  const gate = useMemo(() => (unchecked && overrides.length ? checkArticle(article, { target: 'export', options: gateOptions, overrides }) : unchecked), [unchecked, article, gateOptions, overrides]);
  const blocked = !!gate && !gate.ok;

  useEffect(() => {
    let live = true;
    void api.call('export.defaults', {}).then((r) => {
      if (!live) return;
      if (r.ok) {
        setFormat(r.value.format);
        setPageSize(r.value.pageSize);
        setAppendix(r.value.sourceAppendix);
        setFolder(r.value.destinationDir);
        setCanChoose(r.value.canChooseFolder);
      } else setError(exportErrorSentence(r.error));
      setLoaded(true);
    });
    // Subscribed while the dialog is open, so the progress of a run is never missed.
    const off = api.on('export.progress', (p) => {
      if (p.id !== currentId.current) return;
      if (p.stage === 'rendering' || p.stage === 'writing') setPhase({ kind: 'running', message: p.message, fraction: p.fraction });
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  // Focus the first control once the choices are in, and whatever the next step offers after that.
  useEffect(() => {
    if (!loaded) return;
    const target = dialogRef.current?.querySelector<HTMLElement>('[data-autofocus]') ?? dialogRef.current?.querySelector<HTMLElement>('input, button');
    target?.focus();
  }, [loaded, phase.kind]);

  const running = phase.kind === 'running';
  const { extension, hasPages, hasSourceAppendix } = exportFormat(format);
  const fileName = fileStem(file) + extension;

  const run = async (overwrite: boolean) => {
    setError(null);
    const dir = folder.trim();
    if (!dir) return setError('Choose a folder to export to.');
    if (/[\u0000-\u001f\u007f]/.test(dir)) return setError('The folder name contains characters no folder can have.');
    if (!isFullPath(dir)) return setError(`Give the full path of the folder, starting with “/” (for example /home/you/exports).`);
    if (blocked) return setError(blockedSentence(gate.blocking));
    setPhase({ kind: 'running', message: 'Saving the article…', fraction: 0 });
    if (!(await session.flush())) {
      setPhase({ kind: 'form' });
      return setError('The article could not be saved, so it was not exported. See the message at the bottom of the window, then try again.');
    }
    const id = `export-${Date.now()}-${++exportCount}`;
    currentId.current = id;
    setPhase({ kind: 'running', message: format === 'pdf' ? 'Making the PDF…' : 'Exporting…', fraction: 0.05 });
    const r = await api.call('export.run', {
      // The file name after saving: a changed slug renames it.
      file: session.getSnapshot().file,
      format,
      pageSize,
      sourceAppendix: hasSourceAppendix && appendix,
      destinationDir: dir,
      overwrite,
      id,
    });
    currentId.current = null;
    if (r.ok) {
      const logged = final && overrides.length ? finalExport(session.document.article(), { by: await displayName(api), at: new Date().toISOString(), id: crypto.randomUUID(), format: exportFormat(format).extension.replace(/^\./, '').toUpperCase(), overrides, gate: { options: gateOptions } }) : null;
      if (logged?.ok && logged.entry) session.document.apply([{ kind: 'field', key: 'statusLog', value: logged.article.statusLog }]);
      // Through the save loop like every version, so it never reads the file while an autosave writes it.
      void session.save(false, 'export');
      return setPhase({ kind: 'done', path: r.value.path, folderShown: null });
    }
    if (r.error.code === 'conflict' && !overwrite) return setPhase({ kind: 'confirm-replace', message: r.error.message });
    setPhase({ kind: 'form' });
    setError(exportErrorSentence(r.error));
  };

  const choose = async () => {
    const r = await api.call('export.chooseDestination', { current: folder });
    if (r.ok && r.value.path) setFolder(r.value.path);
    else if (!r.ok) setError(exportErrorSentence(r.error));
  };

  const showInFolder = async (path: string) => {
    const r = await api.call('export.showInFolder', { path });
    if (!r.ok) return setError(exportErrorSentence(r.error));
    if (!r.value.shown) setPhase({ kind: 'done', path, folderShown: r.value.folder });
  };

  const close = () => {
    if (!running) onClose();
  };

  // Esc steps back from the replace question, else closes.
  const onEscape = () => {
    if (phase.kind === 'confirm-replace') setPhase({ kind: 'form' });
    else close();
  };


  return (
    <Modal
      dialogRef={dialogRef}
      labelledBy="export-title"
      describedBy="export-what"
      busy={running}
      className="export-dialog"
      onEscape={onEscape}
      onSubmit={(e) => {
        e.preventDefault();
        if (phase.kind === 'form') void run(false);
      }}
    >
      <h2 id="export-title">Export article</h2>
      <p id="export-what" className="muted small">
        Exports contain only what readers may see: comments, private notes and contact details stay in Copydesk.
      </p>
      {pending > 0 && (
        <p className="notice small" aria-label="Pending suggestions">
          {pending === 1 ? '1 suggestion is' : `${pending} suggestions are`} still pending: the export shows the text as it was before {pending === 1 ? 'it' : 'them'}.
        </p>
      )}

      {phase.kind === 'done' ? (
        <div className="export-done">
          <p role="status" className="export-success">
            Exported to <code className="export-path">{phase.path}</code>
          </p>
          {phase.folderShown && (
            <p className="small">
              The file is in the folder <code className="export-path">{phase.folderShown}</code>
            </p>
          )}
          {error && <p role="alert" className="notice">{error}</p>}
          <div className="modal-actions">
            <button type="button" onClick={() => void showInFolder(phase.path)}>Show in folder</button>
            <button type="button" onClick={() => setPhase({ kind: 'form' })}>Export again</button>
            <button type="button" className="primary" data-autofocus onClick={onClose}>Done</button>
          </div>
        </div>
      ) : phase.kind === 'confirm-replace' ? (
        <div role="group" aria-labelledby="replace-title" aria-describedby="replace-what" className="export-confirm">
          <h3 id="replace-title">Replace the existing file?</h3>
          <p id="replace-what">
            <code className="export-path">{joinPath(folder.trim(), fileName)}</code> already exists. Replacing it loses what it holds now.
          </p>
          <div className="modal-actions">
            <button type="button" data-autofocus onClick={() => setPhase({ kind: 'form' })}>Keep the existing file</button>
            <button type="button" className="danger" onClick={() => void run(true)}>Replace</button>
          </div>
        </div>
      ) : (
        <fieldset className="export-form" disabled={running || !loaded}>
          <fieldset className="export-formats">
            <legend>Format</legend>
            {EXPORT_FORMAT_LIST.map(({ id: f, label, hint }) => (
              <label key={f} className="export-format">
                <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} data-autofocus={format === f ? true : undefined} />
                <span className="export-format-text">
                  <span className="export-format-name">{label}</span>
                  <span className="muted small">{hint}</span>
                </span>
              </label>
            ))}
          </fieldset>

          <div className="export-options">
            {hasPages && (
              <fieldset className="export-page-size">
                <legend>Page size</legend>
                {(['A4', 'Letter'] as const).map((s) => (
                  <label key={s}>
                    <input type="radio" name="export-page-size" value={s} checked={pageSize === s} onChange={() => setPageSize(s)} /> {s}
                  </label>
                ))}
              </fieldset>
            )}
            {hasSourceAppendix && (
              <label className="export-appendix">
                <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} /> Include source appendix
                <span className="muted small"> (who was quoted, and in what role; no contact details)</span>
              </label>
            )}
          </div>

          <label className="export-final">
            <input type="checkbox" checked={final} onChange={(e) => setFinal(e.target.checked)} /> Final export
            <span className="muted small"> (for publication: the publishing checklist must pass)</span>
          </label>
          {gate &&
            (gate.ok && !overrides.length ? (
              <p className="small export-gate-passed">
                ✓ The publishing checklist passes{gate.warnings ? ` with ${gate.warnings === 1 ? '1 warning' : `${gate.warnings} warnings`}` : ''}.
              </p>
            ) : (
              <div className="export-gate">
                <p className={gate.ok ? 'small' : 'notice small'} aria-label="Checklist">
                  {gate.ok ? 'Every failed item has a reason: the export goes ahead, and the hand-off log records who overrode what and why.' : blockedSentence(gate.blocking)}
                </p>
                <GateChecklist gate={gate} onJump={onJump} reasons={reasons} onReason={setReason} failedOnly />
              </div>
            ))}

          <label className="field">
            <span>Export to folder</span>
            <span className="export-folder-row">
              <input
                value={folder}
                onChange={(e) => setFolder(e.target.value)}
                spellCheck={false}
                aria-describedby="export-file-name"
              />
              {canChoose && (
                <button type="button" onClick={() => void choose()}>Choose…</button>
              )}
            </span>
          </label>
          <p id="export-file-name" className="muted small">
            Saved as <code>{fileName}</code>
            {canChoose ? '' : ' — type the full path of a folder; it is created if it does not exist.'}
          </p>
        </fieldset>
      )}

      {running && (
        <div className="export-progress">
          <p role="status" aria-live="polite">{phase.message}</p>
          <progress aria-label="Export progress" max={1} value={phase.fraction > 0.05 ? phase.fraction : undefined} />
        </div>
      )}
      {phase.kind !== 'done' && error && <p role="alert" className="notice">{error}</p>}
      {(phase.kind === 'form' || phase.kind === 'running') && (
        <div className="modal-actions">
          <button type="button" onClick={close} disabled={running}>Cancel</button>
          <button type="submit" className="primary" disabled={running || !loaded || blocked}>
            {running ? 'Exporting…' : 'Export'}
          </button>
        </div>
      )}
    </Modal>
  );
}
