import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Claim, Source } from '../../../shared/article/model';
import { analyseAttribution, type AttributionAnalysis } from '../../../shared/analysis/attribution';
import { analyseClaims, type ClaimsAnalysis } from '../../../shared/analysis/claims';
import { sectionOutline, type OutlineEntry } from '../../../shared/analysis/outline';
import type { ArticleSession } from './store/session';
import { api } from '../api';
import { newId } from '../../../shared/ids';
import { sourceLine } from '../../../shared/article/labels';
import { attributeSelection, markClaim } from './editor/transforms/attribute';
import { insertPullQuote, makePullQuote } from './editor/transforms/make-pull-quote';
import { setPullQuoteNotes, type PullQuoteNote } from './editor/pull-quote-notes';

/** How long typing must pause before the outline and panels are recomputed. */
export const ANALYSIS_DELAY_MS = 300;

export interface StructureAnalysis {
  outline: OutlineEntry[];
  attribution: AttributionAnalysis;
  claims: ClaimsAnalysis;
}

export type PickerState =
  | { mode: 'attribute'; range: { from: number; to: number } }
  | { mode: 'create' }
  | { mode: 'edit'; source: Source };

export type PanelTab = 'sources' | 'claims';


/**
 * The article's structure tools in one place: the debounced analysis behind the outline and the
 * panels, the source picker's state, and the actions the menus, panels and shortcuts share.
 */
export function useStructure(session: ArticleSession, editor: Editor | null, revision: number, sources: Source[], claims: Claim[]) {
  const [analysis, setAnalysis] = useState<StructureAnalysis | null>(null);
  const [picker, setPicker] = useState<PickerState | null>(null);
  const [activeSourceId, setActiveSourceId] = useState<string | null>(null);
  const [tab, setTab] = useState<PanelTab>('sources');
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef({ sources, claims });
  latest.current = { sources, claims };

  const refresh = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    const article = session.currentArticle();
    const attribution = analyseAttribution(article);
    setAnalysis({ outline: sectionOutline(article.body), attribution, claims: analyseClaims(article) });
    const names = new Map(article.sources.map((s) => [s.id, sourceLine(s)]));
    const note = (p: AttributionAnalysis['pullQuotes'][number]): PullQuoteNote => ({
      source: p.sourceId ? (names.get(p.sourceId) ?? null) : null,
      warnings: attribution.warnings
        .filter((w) => w.target.kind === 'pullQuote' && (p.id ? w.target.pullQuoteId === p.id : w.target.index === p.index))
        .map((w) => w.message),
    });
    setPullQuoteNotes(editor.view, {
      byId: new Map(attribution.pullQuotes.filter((p) => p.id).map((p) => [p.id!, note(p)])),
      byIndex: attribution.pullQuotes.map(note),
    });
  }, [editor, session]);

  // The first analysis runs at once, and so does one after sections were added, removed or moved
  // (cheap to notice: the top level only), so the outline never shows a stale order; typing waits for a pause.
  const shape = useRef<string | null>(null);
  useEffect(() => {
    if (!editor) return;
    const ids: string[] = [];
    editor.state.doc.forEach((n) => {
      if (n.type.name === 'section') ids.push(String(n.attrs.id));
    });
    const now = ids.join(' ');
    const structural = now !== shape.current;
    shape.current = now;
    const t = setTimeout(refresh, structural ? 0 : ANALYSIS_DELAY_MS);
    return () => clearTimeout(t);
  }, [revision, editor, refresh]);

  const addToArticle = useCallback(
    (source: Source) => {
      const current = latest.current.sources;
      const next = current.some((s) => s.id === source.id) ? current.map((s) => (s.id === source.id ? source : s)) : [...current, source];
      session.setField('sources', next);
    },
    [session],
  );

  /** A source was chosen or saved in the picker: it joins the article (and the book) and, when attributing, marks the words. */
  const commitSource = useCallback(
    async (source: Source, toBook: boolean) => {
      const state = picker;
      addToArticle(source);
      setActiveSourceId(source.id);
      setPicker(null);
      if (toBook) {
        const r = await api.call('sources.upsert', { source });
        if (!r.ok) setNotice(`The source is in this article but could not be added to the source book: ${r.error.message}`);
      }
      if (state?.mode === 'attribute' && editor) {
        const tr = attributeSelection(editor.state, state.range, source.id, newId('q'));
        if (tr) editor.view.dispatch(closeHistory(tr));
        editor.view.focus();
      }
    },
    [addToArticle, editor, picker],
  );

  /** Closing the picker puts the journalist back in the text where they were. */
  const closePicker = useCallback(() => {
    setPicker(null);
    editor?.commands.focus();
  }, [editor]);

  const openAttribute = useCallback(() => {
    if (!editor) return;
    const { from, to, empty, $from } = editor.state.selection;
    if (empty && $from.parent.type.name !== 'pullQuote') {
      setNotice('Select the quoted words first, then choose “Attribute to…”.');
      return;
    }
    setNotice(null);
    setPicker({ mode: 'attribute', range: { from, to } });
  }, [editor]);

  const markAsClaim = useCallback(() => {
    if (!editor) return;
    const { from, to } = editor.state.selection;
    const id = newId('c');
    const tr = markClaim(editor.state, { from, to }, id);
    if (!tr) return setNotice('Select the sentence, figure or statistic first, then choose “Mark as claim”.');
    setNotice(null);
    editor.view.dispatch(closeHistory(tr));
    session.setField('claims', [...latest.current.claims, { id, status: 'unverified', evidence: '', link: '' }]);
    setTab('claims');
  }, [editor, session]);

  const updateClaim = useCallback(
    (claimId: string, patch: Partial<Claim>) => {
      const current = latest.current.claims;
      const existing = current.find((c) => c.id === claimId) ?? { id: claimId, status: 'unverified' as const, evidence: '', link: '' };
      const next = { ...existing, ...patch };
      session.setField('claims', current.some((c) => c.id === claimId) ? current.map((c) => (c.id === claimId ? next : c)) : [...current, next]);
    },
    [session],
  );

  const pullQuote = useCallback(
    (fromSelection: boolean) => {
      if (!editor) return;
      const tr = fromSelection ? makePullQuote(editor.state) : insertPullQuote(editor.state);
      if (!tr) return setNotice('Select the quoted words in the body first, then choose “Make pull quote”.');
      setNotice(null);
      editor.view.dispatch(closeHistory(tr));
      editor.view.focus();
    },
    [editor],
  );

  // One stable object while nothing in it changes, so memoised panels skip the re-render on each keystroke.
  return useMemo(
    () => ({
      analysis,
      refresh,
      picker,
      setPicker,
      closePicker,
      activeSourceId,
      setActiveSourceId,
      tab,
      setTab,
      notice,
      setNotice,
      commitSource,
      openAttribute,
      markAsClaim,
      updateClaim,
      pullQuote,
    }),
    [analysis, refresh, picker, closePicker, activeSourceId, tab, notice, commitSource, openAttribute, markAsClaim, updateClaim, pullQuote],
  );
}

export type Structure = ReturnType<typeof useStructure>;
