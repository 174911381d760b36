import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { api, isBrowserMode } from '../api';
import { LibraryView } from '../library/LibraryView';
import { Modal } from '../ui/Modal';
import { useWatch } from '../ui/store';
import { CommandButton } from '../commands/CommandButton';
import { CommandHost, detectPlatform } from '../commands/host';
import { MenuBar } from '../commands/MenuBar';
import { surfaceItems } from '../commands/surfaces';
import { CommandHostContext } from '../commands/use-command';
import { ImportEntry } from '../import/ImportEntry';
import { AppController, editorRoute } from './app-controller';
import { reportErrorsToLog } from './report-errors';
import { appearance } from '../appearance/appearance';

// Everything the library view does not need loads when first used: the editor (TipTap) above all.
const load = {
  article: () => import('../article/ArticleView'),
  settings: () => import('../settings/SettingsDialog'),
  palette: () => import('../commands/CommandPalette'),
  shortcuts: () => import('../commands/ShortcutSheet'),
  about: () => import('./AboutDialog'),
  recent: () => import('./RecentDialog'),
  importFlow: () => import('../import/ImportFlow'),
};
const ArticleView = lazy(load.article);
const SettingsDialog = lazy(load.settings);
const CommandPalette = lazy(() => load.palette().then((m) => ({ default: m.CommandPalette })));
const ShortcutSheet = lazy(() => load.shortcuts().then((m) => ({ default: m.ShortcutSheet })));
const AboutDialog = lazy(() => load.about().then((m) => ({ default: m.AboutDialog })));
const RecentDialog = lazy(() => load.recent().then((m) => ({ default: m.RecentDialog })));
const ImportFlow = lazy(() => load.importFlow().then((m) => ({ default: m.ImportFlow })));

/** Once the library is on screen and the page is idle, fetch the rest, so the first article or dialog opens at once. */
function prefetchWhenIdle(): void {
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 500));
  idle(() => Object.values(load).forEach((f) => void f().catch(() => undefined)));
}

export function App() {
  const app = useMemo(() => new AppController(api), []);
  const host = useMemo(() => new CommandHost(app, api, detectPlatform(), isBrowserMode ? 'browser' : 'electron'), [app]);
  const route = useWatch(app, (s) => s.route);
  const notice = useWatch(app, (s) => s.notice);
  const hint = useWatch(app, (s) => s.hint);
  const leaving = useWatch(app, (s) => s.leaving);
  const leaveBlocked = useWatch(app, (s) => s.leaveBlocked);
  const dialog = useWatch(app, (s) => s.dialog);
  const importing = useWatch(app, (s) => s.importing);
  /** Where focus was before a dialog opened, so closing it returns there (the editor keeps its selection). */
  const beforeDialog = useRef<HTMLElement | null>(null);

  useEffect(() => {
    window.addEventListener('keydown', host.onKeyDown, true);
    void host.loadRecent();
    void appearance.load(api);
    const offAppearance = appearance.subscribe(host.bump);
    prefetchWhenIdle();
    // The article last worked on opens at start (the host answers only the first ask after it starts).
    void api.call('app.startup', {}).then((r) => {
      if (r.ok && r.value.reopen && app.value.route.view === 'library') void app.openArticle(r.value.reopen);
    });
    const offErrors = reportErrorsToLog();
    const offMenu = api.on('command.run', ({ id }) => void host.run(id));
    const offClose = api.on('app.closeRequested', () => void app.closeRequested());
    const offStates = isBrowserMode ? () => undefined : host.syncNativeMenu();
    // Browser mode: if the tab is closed with edits in flight, start the save and ask the browser to confirm.
    const beforeUnload = (e: BeforeUnloadEvent) => {
      const s = app.value.article?.session ?? app.openSession;
      if (s && s.persistence.getSnapshot().dirty) {
        void s.save();
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('keydown', host.onKeyDown, true);
      offMenu();
      offAppearance();
      offClose();
      offStates();
      offErrors();
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [app, host]);

  useEffect(() => {
    if (dialog) beforeDialog.current ??= document.activeElement as HTMLElement | null;
  }, [dialog]);
  const closeDialog = () => {
    app.closeDialog();
    const back = beforeDialog.current;
    beforeDialog.current = null;
    // A command run from the palette may have moved focus on purpose; only an untouched page gets it back.
    requestAnimationFrame(() => {
      if (back?.isConnected && (document.activeElement === document.body || !document.activeElement)) back.focus();
    });
  };

  return (
    <CommandHostContext.Provider value={host}>
      <div className="app">
        <header className="app-bar">
          <button type="button" className="brand" onClick={() => void app.goLibrary()} title="Back to the library">
            Copydesk
          </button>
          {isBrowserMode && <MenuBar />}
          <nav aria-label="Main">
            {surfaceItems('appBar').map((i) => (
              <CommandButton key={i.id} id={i.id} label={i.label} className={i.emphasis ? 'primary' : undefined} navigation />
            ))}
          </nav>
        </header>
        {notice && (
          <div role="alert" className="notice">
            {notice} <button type="button" onClick={() => app.notify(null)}>Dismiss</button>
          </div>
        )}
        <p className="command-hint" aria-live="polite" aria-atomic="true">
          {hint}
        </p>
        <div className="view" inert={leaving} aria-busy={leaving}>
          {route.view === 'library' ? (
            <LibraryView onOpen={(file, find) => void (find ? app.openFound(file, find) : app.openArticle(file))} onRecover={(b) => void app.go(editorRoute(b.file, b))} />
          ) : (
            <Suspense fallback={<main className="editor-page" aria-busy="true" />}>
              <ArticleView key={route.visit} app={app} file={route.file} recovered={route.recovered} find={route.find} />
            </Suspense>
          )}
        </div>
        <ImportEntry app={app} />
        {/* One boundary per dialog, so one still loading never hides another. */}
        {importing && (
          <Suspense fallback={null}>
            <ImportFlow
              input={importing}
              onClose={() => app.startImport(null)}
              onOpen={(file) => {
                app.startImport(null);
                void app.openArticle(file);
              }}
            />
          </Suspense>
        )}
        {dialog === 'settings' && (
          <Suspense fallback={null}>
            <SettingsDialog onClose={closeDialog} />
          </Suspense>
        )}
        {dialog === 'palette' && (
          <Suspense fallback={null}>
            <CommandPalette onClose={closeDialog} />
          </Suspense>
        )}
        {dialog === 'shortcuts' && (
          <Suspense fallback={null}>
            <ShortcutSheet onClose={closeDialog} />
          </Suspense>
        )}
        {dialog === 'about' && (
          <Suspense fallback={null}>
            <AboutDialog onClose={closeDialog} />
          </Suspense>
        )}
        {dialog === 'recent' && (
          <Suspense fallback={null}>
            <RecentDialog onClose={closeDialog} />
          </Suspense>
        )}
        {leaveBlocked && (
          // Esc means "stay": the safe choice.
          <Modal alert labelledBy="leave-title" onEscape={() => app.set({ leaveBlocked: null })}>
            <h2 id="leave-title">Your latest changes are not saved</h2>
            <p>{leaveBlocked.reason}</p>
            <p>If you stay, your text remains in the editor and you can try again.</p>
            <div className="modal-actions">
              <button type="button" className="primary" autoFocus onClick={() => app.set({ leaveBlocked: null })}>
                Stay and keep editing
              </button>
              <button type="button" className="danger" onClick={() => app.leaveNow(leaveBlocked.next)}>
                Leave without saving
              </button>
            </div>
          </Modal>
        )}
      </div>
    </CommandHostContext.Provider>
  );
}
