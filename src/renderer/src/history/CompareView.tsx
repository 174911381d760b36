import { useEffect, useMemo, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { Article } from '../../../shared/article/model';
import type { Node as PMNode } from '@tiptap/pm/model';
import { diffVersions, type InlineChange, type VersionDiff } from '../../../shared/review/version-diff';
import { excerpt } from '../../../shared/analysis/target';
import { editorExtensions } from '../article/editor/extensions';
import { diffDecorations } from './diff-decorations';
import { analyseAttribution } from '../../../shared/analysis/attribution';
import { pullQuoteNotesOf, setPullQuoteNotes } from '../article/editor/pull-quote-notes';

interface Props {
  older: { label: string; article: Article };
  newer: { label: string; article: Article };
  /** When the newer side is the text now: puts the older words of one change back into the article. */
  onPutBack?: (change: InlineChange, older: PMNode) => void;
}

const FIELDS = [
  ['headline', 'Headline'],
  ['dek', 'Dek'],
  ['byline', 'Byline'],
  ['dateline', 'Dateline'],
  ['slug', 'Slug'],
] as const;

/**
 * Two versions compared in the editor's own rendering (the same schema and node views, read-only):
 * the newer one shown, with what it added and what the older one had in its place marked inline.
 */
export function CompareView({ older, newer, onPutBack }: Props) {
  const extensions = useMemo(() => editorExtensions(), []);
  const [diff, setDiff] = useState<{ diff: VersionDiff; older: PMNode } | null>(null);
  const editor = useEditor({
    extensions,
    injectCSS: false,
    editable: false,
    content: newer.article.body,
    editorProps: { attributes: { 'aria-label': `Compared text: ${newer.label}`, class: 'article-body compare-body', spellcheck: 'false' } },
  });

  useEffect(() => {
    if (!editor) return;
    const before = editor.schema.nodeFromJSON(older.article.body);
    const d = diffVersions(before, editor.state.doc);
    editor.registerPlugin(diffDecorations(d.changes));
    // The pull quotes name their sources as in the article (the version's own source book).
    setPullQuoteNotes(editor.view, pullQuoteNotesOf(analyseAttribution(newer.article), newer.article.sources, { warnings: false }));
    setDiff({ diff: d, older: before });
  }, [editor, older, newer]);

  const fieldChanges = FIELDS.filter(([k]) => older.article[k] !== newer.article[k]);
  return (
    <div className="compare-view">
      <p className="compare-legend">
        From <strong>{older.label}</strong> to <strong>{newer.label}</strong>
        {diff && (
          <>
            : <span className="compare-count added">{diff.diff.wordsAdded} words added</span>, <span className="compare-count removed">{diff.diff.wordsRemoved} removed</span>
            {diff.diff.changes.length === 0 && ' (the text is the same)'}
          </>
        )}
      </p>
      {fieldChanges.length > 0 && (
        <ul className="compare-fields" aria-label="Changed fields">
          {fieldChanges.map(([k, label]) => (
            <li key={k}>
              {label}: <del className="diff-deleted">{String(older.article[k]) || '(empty)'}</del> <ins className="diff-inserted">{String(newer.article[k]) || '(empty)'}</ins>
            </li>
          ))}
        </ul>
      )}
      <EditorContent editor={editor} className="body-frame compare-frame" />
      {onPutBack && diff && diff.diff.changes.length > 0 && (
        <ul className="compare-changes" aria-label="Changes since that version">
          {diff.diff.changes.map((c) => (
            <li key={`${c.fromA}-${c.fromB}`}>
              {c.deletedText ? <del className="diff-deleted">{excerpt(c.deletedText, 50)}</del> : <span className="muted">(nothing)</span>} →{' '}
              {c.insertedText ? <ins className="diff-inserted">{excerpt(c.insertedText, 50)}</ins> : <span className="muted">(deleted)</span>}{' '}
              <button type="button" onClick={() => onPutBack(c, diff.older)}>
                Put back
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
