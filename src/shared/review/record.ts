import type { Transform } from '@tiptap/pm/transform';
import { changedBlocks } from '../article/changed-blocks';
import type { Article } from '../article/model';
import type { Review, SourceChange, SuggestableField, Suggestion, SuggestionKind } from '../article/review-model';
import { suggestionKindOf, type ReviewAnchors, type SuggestionAnchor } from './anchors';
import type { Decision } from './decide';

/**
 * The metadata side of suggestion mode. The body's marks carry only ids; after each suggested edit
 * the editor calls `recordSuggestions` so every new id gets its author, time and kind, and a
 * quotation whose source changed records the old and new source.
 */

function sourceChangeOf(anchor: SuggestionAnchor): SourceChange | null {
  const mod = anchor.modifications.find((m) => m.inline && m.attrName === 'quotation');
  if (!mod) return null;
  const sourceOf = (v: unknown) => {
    const id = (v as { attrs?: { sourceId?: unknown } } | null)?.attrs?.sourceId;
    return typeof id === 'string' && id !== '' ? id : null;
  };
  return { from: sourceOf(mod.previousValue), to: sourceOf(mod.newValue) };
}

/** The suggestion marks that carry an id of each kind recorded from them (the other kinds come from modification marks). */
const KIND_MARKS: Partial<Record<SuggestionKind, readonly string[]>> = { insertion: ['insertion'], deletion: ['deletion'], replacement: ['insertion', 'deletion'] };

/**
 * Whether a suggested edit left nothing for `recordSuggestions` to do, read from the blocks it
 * touched alone: every suggestion id there is known and carried by exactly the marks its recorded
 * kind says, and no modification mark is involved. Typing on inside one's own insertion is that
 * case, so the editor need not read the whole article at each keystroke; anything else (a new id,
 * a kind that may have changed, an id reaching into other blocks) answers false and is recorded
 * from the whole body as before.
 */
export function suggestionsSettledAfter(tr: Transform, review: Review): boolean {
  const blocks = changedBlocks(tr);
  if (!blocks) return false;
  const types = new Map<string, Set<string>>();
  let modification = false;
  for (const [from, to] of blocks) {
    tr.doc.nodesBetween(from, to, (node) => {
      for (const m of node.marks) {
        const name = m.type.name;
        if (name === 'modification') modification = true;
        if (name !== 'insertion' && name !== 'deletion') continue;
        const id = String(m.attrs.id);
        const set = types.get(id) ?? new Set<string>();
        set.add(name);
        types.set(id, set);
      }
      return !modification;
    });
    if (modification) return false;
  }
  for (const [id, found] of types) {
    const expected = KIND_MARKS[review.suggestions[id]?.kind as SuggestionKind];
    if (!expected || expected.length !== found.size || !expected.every((t) => found.has(t))) return false;
  }
  return true;
}

/** Adds metadata for ids new in the body, and keeps the kind of `author`'s pending ones current. */
export function recordSuggestions(review: Review, anchors: ReviewAnchors, author: string, at: string): Review {
  let suggestions: Record<string, Suggestion> | null = null;
  const put = (s: Suggestion) => {
    suggestions ??= { ...review.suggestions };
    suggestions[s.id] = s;
  };
  for (const anchor of anchors.suggestions.values()) {
    const kind = suggestionKindOf(anchor);
    const known = review.suggestions[anchor.id];
    const source = kind === 'source' ? sourceChangeOf(anchor) : null;
    if (!known) put({ id: anchor.id, author, at, kind, status: 'pending', reviewer: null, reviewedAt: null, field: null, source });
    else if (known.status === 'pending' && known.author === author && (known.kind !== kind || JSON.stringify(known.source) !== JSON.stringify(source))) {
      put({ ...known, kind, source });
    }
  }
  return suggestions ? { ...review, suggestions } : review;
}

/**
 * A field edit in suggestion mode: the article keeps its value and the review records the proposal.
 * A second edit of the same field by the same author replaces their pending proposal; proposing the
 * value the field already has withdraws it.
 */
export function suggestField(article: Article, name: SuggestableField, to: string, author: string, at: string, id: string): Review {
  const review = article.review;
  const suggestions = { ...review.suggestions };
  const mine = Object.values(suggestions).find((s) => s.status === 'pending' && s.kind === 'field' && s.author === author && s.field?.name === name);
  if (mine) delete suggestions[mine.id];
  if (to !== article[name]) {
    const key = mine?.id ?? id;
    suggestions[key] = { id: key, author, at, kind: 'field', status: 'pending', reviewer: null, reviewedAt: null, field: { name, from: article[name], to }, source: null };
  }
  return { ...review, suggestions };
}

/** The article's fields after deciding field suggestions: accepted ones take their proposed value. */
export function decideFields(article: Article, ids: Set<string>, decision: Decision): Article {
  if (decision === 'reject') return article;
  const next = { ...article };
  for (const s of Object.values(article.review.suggestions)) {
    if (ids.has(s.id) && s.status === 'pending' && s.kind === 'field' && s.field) next[s.field.name] = s.field.to;
  }
  return next;
}
