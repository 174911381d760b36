import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type MutableRefObject } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { api } from '../api';
import { ArticleSession } from './store/session';
import { editorExtensions } from './editor/extensions';
import { errorSentence } from '../ui/errors';
import { ArticleFieldsForm } from './FieldsForm';
import { ConflictBanner } from './ConflictBanner';
import type { RecoverableBuffer } from '../../../shared/ipc/contract';
import { ExportDialog } from '../export/ExportDialog';
import { Toolbar } from './Toolbar';
import { StatusBar } from './StatusBar';
import { Outline } from './outline/Outline';
import { PanelTabs } from './PanelTabs';
import { SourceCard } from '../sources/SourceCard';
import { SourcePicker } from '../sources/SourcePicker';
import { StructureMenu } from './SectionMenu';
import { useStructure } from './use-structure';
import type { DocNode } from '../../../shared/article/model';
import { bodyWordCount } from '../../../shared/article/text';

interface Props {
  file: string;
  /** A buffer the hot-exit journal kept: shown instead of the file, unsaved, and saved against the hash it started from. */
  recovered?: RecoverableBuffer;
  sessionRef: MutableRefObject<ArticleSession | null>;
  onRenamed: (file: string) => void;
}

/** Loads one article once and shows it; a save that renames the file keeps the same session. */
export function EditorView({ file, recovered, sessionRef, onRenamed }: Props) {
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
      const s = new ArticleSession(api, opened, onRenamed);
      // A recovered buffer is unsaved work: it autosaves against its base, so a file changed since is a conflict, not an overwrite.
      if (recovered) s.markEdited();
      sessionRef.current = s;
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
        <p role="alert" className="notice">{error}</p>
      </main>
    );
  }
  if (!session) return <main className="editor-page" aria-busy="true" />;
  return <ArticleEditor session={session} />;
}

function ArticleEditor({ session }: { session: ArticleSession }) {
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [wordCount, setWordCount] = useState(() => bodyWordCount(session.initialBody));
  const extensions = useMemo(() => editorExtensions(), []);
  const [exporting, setExporting] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);

  const editor = useEditor({
    extensions,
    // TipTap's injected <style> would break the Content-Security-Policy; its rules are in styles.css.
    injectCSS: false,
    content: session.initialBody,
    editable: !session.readOnly,
    editorProps: { attributes: { 'aria-label': 'Article body', class: 'article-body', spellcheck: 'true' } },
    onUpdate: () => session.markEdited(),
  });
  const structure = useStructure(session, editor, snap.revision, snap.fields.sources, snap.fields.claims);
  const { setActiveSourceId, setTab } = structure;
  const selectSource = useCallback(
    (id: string) => {
      setActiveSourceId(id);
      setTab('sources');
    },
    [setActiveSourceId, setTab],
  );

  useEffect(() => {
    if (!editor) return;
    session.getBody = () => editor.getJSON() as DocNode;
    session.setBody = (body) => editor.commands.setContent(body, { emitUpdate: false });
  }, [editor, session]);

  // Counting walks the whole document, so it waits for a pause in typing .
  useEffect(() => {
    const t = setTimeout(() => setWordCount(bodyWordCount(session.getBody())), 250);
    return () => clearTimeout(t);
  }, [snap.revision, session]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void session.save();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session]);

  return (
    <main className="editor-page">
      <div className="editor-layout">
        {/* Left rail: the outline of sections. */}
        <aside className="left-rail" aria-label="Outline">
          <Outline editor={editor} outline={structure.analysis?.outline ?? null} disabled={!!session.readOnly} onMoved={structure.refresh} />
        </aside>
        <div className="editor-column">
          {session.readOnly && (
            <p role="alert" className="notice read-only">
              {session.readOnly}
            </p>
          )}
          <ConflictBanner session={session} />
          {/* Article-level actions (export, …), one button each. */}
          <div className="editor-actions" role="toolbar" aria-label="Article actions">
            <button type="button" ref={exportButton} onClick={() => setExporting(true)} disabled={!!session.readOnly} aria-haspopup="dialog">
              Export…
            </button>
          </div>
          <ArticleFieldsForm fields={snap.fields} readOnly={!!session.readOnly} onChange={(k, v) => session.setField(k, v)} />
          <Toolbar editor={editor} disabled={!!session.readOnly}>
            {editor && <StructureMenu editor={editor} structure={structure} disabled={!!session.readOnly} />}
          </Toolbar>
          {structure.notice && (
            <p className="notice structure-notice" aria-live="polite">
              {structure.notice} <button type="button" onClick={() => structure.setNotice(null)}>Dismiss</button>
            </p>
          )}
          <EditorContent editor={editor} className="body-frame" />
        </div>
        {/* Right rail: sources and attribution, claims. */}
        <aside className="right-rail" aria-label="Panels">
          <PanelTabs editor={editor} structure={structure} sources={snap.fields.sources} claims={snap.fields.claims} disabled={!!session.readOnly} />
        </aside>
      </div>
      {structure.picker && (
        <SourcePicker
          state={structure.picker}
          articleSources={snap.fields.sources}
          onCommit={(source, toBook) => void structure.commitSource(source, toBook)}
          onCancel={structure.closePicker}
        />
      )}
      <SourceCard editor={editor} sources={snap.fields.sources} onSelectSource={selectSource} />
      {exporting && (
        <ExportDialog
          session={session}
          onClose={() => {
            setExporting(false);
            exportButton.current?.focus();
          }}
        />
      )}
      <StatusBar
        wordCount={wordCount}
        unverifiedClaims={structure.analysis?.claims.counts.unverified}
        placeholders={structure.analysis?.claims.placeholders.length}
        save={snap.save} file={snap.file} onRetry={() => void session.save()} onOverwrite={() => void session.save(true)} />
    </main>
  );
}
