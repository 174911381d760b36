import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { LibraryView } from '../library/LibraryView';
import { EditorView } from '../article/ArticleView';
import { SettingsDialog } from '../settings/SettingsDialog';
import { Modal } from '../ui/Modal';
import type { ArticleSession } from '../article/store/session';
import { errorSentence } from '../ui/errors';
import type { RecoverableBuffer } from '../../../shared/ipc/contract';

/** `visit` changes each time an article is opened, not when a save renames its file. */
type Route = { view: 'library' } | { view: 'editor'; file: string; visit: number; recovered?: RecoverableBuffer };
let visits = 0;
const editorRoute = (file: string, recovered?: RecoverableBuffer): Route => ({ view: 'editor', file, visit: ++visits, recovered });

export function App() {
  const [route, setRoute] = useState<Route>({ view: 'library' });
  const [notice, setNotice] = useState<string | null>(null);
  /** While the open article saves before leaving, the page is inert so nothing is typed into it. */
  const [leaving, setLeaving] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [leaveBlocked, setLeaveBlocked] = useState<{ reason: string; next: Route } | null>(null);
  const sessionRef = useRef<ArticleSession | null>(null);

  /** Leaving an article saves it first; if that fails the user decides, nothing is dropped silently. */
  const go = useCallback(async (next: Route) => {
    const s = sessionRef.current;
    setLeaving(true);
    const flushed = !s || (await s.flush());
    setLeaving(false);
    if (!flushed && s) {
      const snap = s.getSnapshot();
      const reason = snap.save.kind === 'failed' ? errorSentence(snap.save.error) : 'The article could not be saved.';
      setLeaveBlocked({ reason, next });
      return;
    }
    s?.dispose();
    sessionRef.current = null;
    setRoute(next);
  }, []);

  const onRenamed = useCallback((file: string) => setRoute((r) => (r.view === 'editor' ? { ...r, file } : r)), []);

  const createArticle = useCallback(async () => {
    // The open article stays inert from the click on, so nothing typed meanwhile lands in it.
    setLeaving(true);
    const r = await api.call('library.create', {});
    if (!r.ok) {
      setLeaving(false);
      return setNotice(errorSentence(r.error));
    }
    await go(editorRoute(r.value.file));
  }, [go]);

  useEffect(() => {
    const offMenu = api.on('menu.command', ({ command }) => {
      if (command === 'new') void createArticle();
      else if (command === 'save') void sessionRef.current?.save();
      else if (command === 'close' || command === 'library') void go({ view: 'library' });
    });
    const offClose = api.on('app.closeRequested', () => {
      void (async () => {
        const s = sessionRef.current;
        if (!s || (await s.flush())) await api.call('app.closeReady', {});
        else setLeaveBlocked({ reason: 'The article could not be saved before closing.', next: { view: 'library' } });
      })();
    });
    // Browser mode: if the tab is closed with edits in flight, start the save and ask the browser to confirm.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      const s = sessionRef.current;
      if (s && s.getSnapshot().dirty) {
        void s.save();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      offMenu();
      offClose();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [createArticle, go]);

  return (
    <div className="app">
      <header className="app-bar">
        <button type="button" className="brand" onClick={() => void go({ view: "library" })} title="Back to the library">
          Copydesk
        </button>
        <nav aria-label="Main">
          <button type="button" onClick={() => void go({ view: 'library' })} aria-current={route.view === 'library' ? 'page' : undefined}>
            Library
          </button>
          <button type="button" className="primary" onClick={() => void createArticle()}>
            New article
          </button>
          <button type="button" onClick={() => setSettingsOpen(true)}>
            Settings
          </button>
        </nav>
      </header>
      {notice && (
        <div role="alert" className="notice">
          {notice} <button type="button" onClick={() => setNotice(null)}>Dismiss</button>
        </div>
      )}
      <div className="view" inert={leaving} aria-busy={leaving}>
      {route.view === 'library' ? (
        <LibraryView
          onOpen={(file) => void go(editorRoute(file))}
          onCreate={() => void createArticle()}
          onRecover={(b) => void go(editorRoute(b.file, b))}
        />
      ) : (
        <EditorView
          key={route.visit}
          file={route.file}
          recovered={route.recovered}
          sessionRef={sessionRef}
          onRenamed={onRenamed}
        />
      )}
      </div>
      {settingsOpen && <SettingsDialog onClose={() => setSettingsOpen(false)} />}
      {leaveBlocked && (
        // Esc means "stay": the safe choice.
        <Modal alert labelledBy="leave-title" onEscape={() => setLeaveBlocked(null)}>
          <h2 id="leave-title">Your latest changes are not saved</h2>
          <p>{leaveBlocked.reason}</p>
          <p>If you stay, your text remains in the editor and you can try again.</p>
          <div className="modal-actions">
            <button type="button" className="primary" autoFocus onClick={() => setLeaveBlocked(null)}>
              Stay and keep editing
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => {
                const next = leaveBlocked.next;
                setLeaveBlocked(null);
                sessionRef.current?.dispose();
                sessionRef.current = null;
                setRoute(next);
              }}
            >
              Leave without saving
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
