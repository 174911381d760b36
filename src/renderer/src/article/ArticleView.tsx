import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { closeHistory, redoDepth, undoDepth } from '@tiptap/pm/history';
import type { Editor } from '@tiptap/core';
import { api } from '../api';
import type { AppController } from '../app/app-controller';
import type { RecoverableBuffer } from '../../../shared/ipc/contract';
import { errorSentence } from '../ui/errors';
import { useWatch } from '../ui/store';
import { CommandButton } from '../commands/CommandButton';
import { surfaceItems } from '../commands/surfaces';
import { SourceCard } from '../sources/SourceCard';
import { SourcePicker } from '../sources/SourcePicker';
import { commitSource } from '../sources/attribute';
import { ArticleAnalysis } from './analysis';
import { ArticleUi } from './article-ui';
import { BodyContextMenu } from './BodyContextMenu';
import { ConflictBanner } from './ConflictBanner';
import { editorExtensions } from './editor/extensions';
import { pullQuoteNotesOf, setPullQuoteNotes } from './editor/pull-quote-notes';
import { FieldsForm } from './FieldsForm';
import { FieldProposals } from '../review/FieldProposals';
import { Outline } from './outline/Outline';
import { jumpToGateTarget } from '../workflow/gate-jump';
import { PanelTabs } from './PanelTabs';
import { StatusBar } from './StatusBar';
import { ArticleSession } from './store/session';
import type { BodyBinding } from './store/document';
import type { DocNode } from '../../../shared/article/model';
import { Toolbar } from './Toolbar';
import { ReviewController } from '../review/review-controller';
import type { OpenArticle } from './open-article';
import { firstMatch } from './editor/first-match';
import { jumpTo } from './editor/jump';
import type { HighlightTerm } from '../../../shared/search/query';
import { FindBar } from '../find/FindBar';
import { findSessionFor } from '../find/find-session';
import { startSpelling } from '../spelling/spelling-session';
import { ImageFileInput } from '../images/ImageFileInput';

const ExportDialog = lazy(() => import('../export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const HistoryDialog = lazy(() => import('../history/HistoryDialog'));
const HandOffDialog = lazy(() => import('../workflow/HandOffDialog'));

interface Props {
  app: AppController;
  file: string;
  /** A buffer the hot-exit journal kept: shown instead of the file, unsaved, and saved against the hash it started from. */
  recovered?: RecoverableBuffer;
  /** Opened from a search: its words, to land on their first match. */
  find?: HighlightTerm[];
}

/** Loads one article once and shows it; a save that renames the file keeps the same session. */
export default function ArticleView({ app, file, recovered, find }: Props) {
  const [session, setSession] = useState<ArticleSession | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.call('library.open', { file }).then((r) => {
      if (!live) return;
      if (!r.ok && !(recovered && r.error.code === 'not-found')) return setError(errorSentence(r.error));
      const opened = recovered
        ? { file, article: recovered.article, hash: recovered.baseHash ?? '', readOnly: r.ok ? r.value.readOnly : null }
        : r.ok && r.value;
      if (!opened) return;
      const s = new ArticleSession(api, opened, (renamed) => app.renamed(renamed));
      // A recovered buffer is unsaved work: it autosaves against its base, so a file changed since is a conflict, not an overwrite.
      if (recovered) s.persistence.markUnsaved();
      s.disk.start();
      app.openSession = s;
      setSession(s);
    });
    return () => {
      live = false;
    };
    // Opened once per visit: later changes of `file` come from our own renames.
  }, []);

  if (error) {
    return (
      <main className="editor-page">
        <p role="alert" className="notice">
          {error}
        </p>
      </main>
    );
  }
  if (!session) return <main className="editor-page" aria-busy="true" />;
  return <ArticleEditor app={app} session={session} find={find} />;
}

/** What the document needs from the editor: its body, its history, and a way to end an undo step. */
function bodyBinding(editor: Editor): BodyBinding {
  return {
    getJSON: () => editor.getJSON() as DocNode,
    setJSON: (body) => {
      editor.chain().command(({ tr }) => (tr.setMeta('addToHistory', false), true)).setContent(body, { emitUpdate: false }).run();
    },
    undo: () => editor.commands.undo(),
    redo: () => editor.commands.redo(),
    undoDepth: () => undoDepth(editor.state),
    redoDepth: () => redoDepth(editor.state),
    closeStep: () => editor.view.dispatch(closeHistory(editor.state.tr)),
  };
}

/** The body's top-level section ids: cheap to read on every change, and what tells a structural edit from typing. */
function sectionShape(editor: Editor): () => string {
  return () => {
    const ids: string[] = [];
    editor.state.doc.forEach((n) => {
      if (n.type.name === 'section') ids.push(String(n.attrs.id));
    });
    return ids.join(' ');
  };
}

function ArticleEditor({ app, session, find }: { app: AppController; session: ArticleSession; find?: HighlightTerm[] }) {
  const ui = useMemo(() => new ArticleUi(), []);
  const extensions = useMemo(() => editorExtensions(), []);
  const readOnly = !!session.readOnly;
  const [analysis, setAnalysis] = useState<ArticleAnalysis | null>(null);
  const [review, setReview] = useState<ReviewController | null>(null);
  const [open, setOpen] = useState<OpenArticle | null>(null);

  const editor = useEditor({
    extensions,
    // TipTap's injected <style> would break the Content-Security-Policy; its rules are in styles.css.
    injectCSS: false,
    // The editor is not re-rendered by React per keystroke: the toolbar and panels watch what they show.
    shouldRerenderOnTransaction: false,
    content: session.document.initialBody(),
    editable: !readOnly,
    // The browser's own spellchecker is off in both hosts: Copydesk checks spelling itself (offline, the same everywhere).
    editorProps: { attributes: { 'aria-label': 'Article body', class: 'article-body', spellcheck: 'false' } },
    onUpdate: () => session.document.bodyChanged(),
  });

  useEffect(() => {
    if (!editor) return;
    const detach = session.document.attachBody(bodyBinding(editor));
    const a = new ArticleAnalysis(session.document, sectionShape(editor));
    const offNotes = a.onResult((result) => {
      if (editor.isDestroyed) return;
      setPullQuoteNotes(editor.view, pullQuoteNotesOf(result.attribution, session.document.fields.sources));
    });
    a.start();
    const stopSpelling = startSpelling(editor, session.document, api);
    setAnalysis(a);
    const r = new ReviewController(session, editor, ui, (sentence) => app.hint(sentence));
    void r.loadAuthor(api);
    // The display name may change in Settings while the article is open.
    let dialog = app.value.dialog;
    const offSettings = app.subscribe(() => {
      if (dialog === 'settings' && app.value.dialog !== 'settings') void r.loadAuthor(api);
      dialog = app.value.dialog;
    });
    setReview(r);
    const cleanups: (() => void)[] = [];
    const match = find && firstMatch(editor.state.doc, find);
    if (match) {
      jumpTo(editor, match);
      // Once the page around the editor is laid out, the match is brought to the middle of the screen.
      const frame = requestAnimationFrame(() => {
        if (editor.isDestroyed) return;
        const { node } = editor.view.domAtPos(match.from);
        (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'center' });
      });
      cleanups.push(() => cancelAnimationFrame(frame));
    }
    const open = { session, editor, ui, analysis: a, review: r };
    const findBar = findSessionFor(open);
    findBar.proposeField = (key, value) => {
      if (!r.value.suggesting) return false;
      r.suggestField(key, value);
      return true;
    };
    cleanups.push(() => {
      findBar.proposeField = null;
    });
    app.setArticle(open);
    setOpen(open);
    return () => {
      cleanups.forEach((c) => c());
      if (app.value.article === open) app.setArticle(null);
      offSettings();
      r.dispose();
      offNotes();
      stopSpelling();
      a.dispose();
      detach();
    };
    // `find` is fixed for the visit: the article opens at the match once.
  }, [editor, session, ui, app]);

  const exporting = useWatch(ui, (s) => s.exporting);
  const dialog = useWatch(ui, (s) => s.dialog);
  const closeDialog = useCallback(() => ui.set({ dialog: null }), [ui]);
  const picker = useWatch(ui, (s) => s.picker);
  const notice = useWatch(ui, (s) => s.notice);
  const sources = useWatch(session.document, (f) => f.sources);
  const selectSource = useCallback((id: string) => ui.showSource(id), [ui]);
  const closePicker = useCallback(() => {
    ui.set({ picker: null });
    editor?.commands.focus();
  }, [ui, editor]);

  return (
    <main className="editor-page">
      <div className="editor-layout">
        {/* Left rail: the outline of sections. */}
        <aside className="left-rail" aria-label="Outline">
          {analysis && <Outline editor={editor} analysis={analysis} disabled={readOnly} />}
        </aside>
        <div className="editor-column">
          {session.readOnly && (
            <p role="alert" className="notice read-only">
              {session.readOnly}
            </p>
          )}
          <ConflictBanner session={session} editor={editor} />
          {/* Article-level actions (export, …), one button each. */}
          <div className="editor-actions" role="toolbar" aria-label="Article actions">
            {surfaceItems('articleActions').map((i) => (
              <CommandButton key={i.id} id={i.id} label={i.label} />
            ))}
          </div>
          <FieldsForm document={session.document} readOnly={readOnly} review={review} onChangeStatus={(to) => ui.set({ dialog: { kind: 'status', to } })} />
          {review && <FieldProposals document={session.document} review={review} disabled={readOnly} />}
          <Toolbar editor={editor} ui={ui} />
          {notice && (
            <p className="notice structure-notice" aria-live="polite">
              {notice}{' '}
              <button type="button" onClick={() => ui.set({ notice: null })}>
                Dismiss
              </button>
            </p>
          )}
          {editor && <FindBar find={findSessionFor({ session, editor })} readOnly={readOnly} />}
          <EditorContent editor={editor} className="body-frame" />
          {editor && <BodyContextMenu editor={editor} />}
          {open && <ImageFileInput open={open} />}
        </div>
        {/* Right rail: sources and attribution, claims. */}
        <aside className="right-rail" aria-label="Panels">
          {analysis && review && <PanelTabs editor={editor} ui={ui} analysis={analysis} review={review} document={session.document} disabled={readOnly} />}
        </aside>
      </div>
      {picker && editor && (
        <SourcePicker
          state={picker}
          articleSources={sources}
          onCommit={(source, toBook) => void commitSource({ session, editor, ui }, source, toBook)}
          onCancel={closePicker}
        />
      )}
      <SourceCard editor={editor} sources={sources} onSelectSource={selectSource} />
      {exporting && (
        <Suspense fallback={null}>
          <ExportDialog
            session={session}
            onClose={() => {
              ui.set({ exporting: false });
              document.querySelector<HTMLElement>('[data-command="file.export"]')?.focus();
            }}
            onJump={(item) => {
              ui.set({ exporting: false });
              if (open) requestAnimationFrame(() => jumpToGateTarget(open, item.target));
            }}
          />
        </Suspense>
      )}
      {dialog && open && (
        <Suspense fallback={null}>
          {dialog.kind === 'history' ? (
            <HistoryDialog open={open} onClose={closeDialog} />
          ) : (
            <HandOffDialog open={open} to={dialog.kind === 'status' ? dialog.to : null} check={dialog.kind === 'gate'} onClose={closeDialog} />
          )}
        </Suspense>
      )}
      {analysis && review && <StatusBar session={session} analysis={analysis} review={review} />}
    </main>
  );
}
