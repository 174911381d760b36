import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { CommentThread } from '../../../shared/article/review-model';
import { SUGGESTION_KIND_LABELS } from '../../../shared/article/labels';
import { excerpt } from '../../../shared/analysis/target';
import { repliesInOrder } from '../../../shared/review/comments';
import { CommandButton } from '../commands/CommandButton';
import type { ArticleDocument } from '../article/store/document';
import { useWatch } from '../ui/store';
import { authorColour } from './author-colour';
import { filterItems, itemAuthor, reviewItems, type ReviewFilterKind, type ReviewItem } from './review-items';
import type { ReviewController } from './review-controller';

interface Props {
  review: ReviewController;
  document: ArticleDocument;
  disabled: boolean;
}

const KIND_FILTERS: { id: ReviewFilterKind; label: string }[] = [
  { id: 'all', label: 'Everything' },
  { id: 'open', label: 'Open comments' },
  { id: 'resolved', label: 'Resolved comments' },
  { id: 'suggestions', label: 'Suggestions' },
];

const when = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** A small form with one text area: a new comment, a reply, an edit. */
function TextForm({ label, initial = '', submit, onSubmit, onCancel }: { label: string; initial?: string; submit: string; onSubmit: (body: string) => boolean; onCancel?: () => void }) {
  const [body, setBody] = useState(initial);
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (onSubmit(body)) setBody('');
  };
  return (
    <form className="review-form" onSubmit={send}>
      <textarea
        aria-label={label}
        value={body}
        autoFocus={!!onCancel}
        rows={2}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) send(e);
          if (e.key === 'Escape' && onCancel) onCancel();
        }}
      />
      <div className="review-form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary">
          {submit}
        </button>
      </div>
    </form>
  );
}

/** One comment or reply: who, when, what; Edit and Delete for its author only. */
function Entry({ review, thread, entry, replyId, disabled }: { review: ReviewController; thread: CommentThread; entry: { author: string; at: string; body: string; editedAt: string | null }; replyId?: string; disabled: boolean }) {
  const [editing, setEditing] = useState(false);
  const author = useWatch(review, (s) => s.author);
  const mine = entry.author === author && !disabled;
  if (editing) {
    return (
      <TextForm
        label={replyId ? 'Edit reply' : 'Edit comment'}
        initial={entry.body}
        submit="Save"
        onSubmit={(body) => {
          const ok = review.edit(thread.id, body, replyId);
          if (ok) setEditing(false);
          return ok;
        }}
        onCancel={() => setEditing(false)}
      />
    );
  }
  return (
    <div className="review-entry">
      <p className="review-byline">
        <strong>{entry.author || 'Someone'}</strong> <span className="muted small">{when(entry.at)}{entry.editedAt ? ' (edited)' : ''}</span>
      </p>
      <p className="review-body">{entry.body}</p>
      {mine && (
        <p className="review-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="link-button" onClick={() => review.delete(thread.id, replyId)}>
            Delete
          </button>
        </p>
      )}
    </div>
  );
}

function CommentItem({ review, item, active, disabled }: { review: ReviewController; item: Extract<ReviewItem, { type: 'comment' }>; active: boolean; disabled: boolean }) {
  const { thread } = item;
  const resolved = thread.resolvedAt !== null;
  return (
    <li className={`review-item comment-item${resolved ? ' resolved' : ''}`} aria-label={`Comment by ${thread.author || 'someone'}`} aria-current={active || undefined}>
      {item.range ? (
        <button type="button" className="jump-link review-quote" onClick={() => review.jump(item)}>
          “{excerpt(item.text, 80)}”
        </button>
      ) : (
        <p className="review-quote deleted-anchor">On deleted text: “{excerpt(item.text, 80)}”</p>
      )}
      <Entry review={review} thread={thread} entry={thread} disabled={disabled} />
      {repliesInOrder(thread).map((r) => (
        <Entry key={r.id} review={review} thread={thread} entry={r} replyId={r.id} disabled={disabled} />
      ))}
      {resolved && (
        <p className="muted small">
          Resolved by {thread.resolvedBy} · {when(thread.resolvedAt!)}
        </p>
      )}
      {!disabled && (
        <>
          {!resolved && <TextForm label="Reply" submit="Reply" onSubmit={(body) => review.reply(thread.id, body)} />}
          <p className="review-actions">
            <button type="button" onClick={() => (resolved ? review.reopen(thread.id) : review.resolve(thread.id))}>
              {resolved ? 'Reopen' : 'Resolve'}
            </button>
          </p>
        </>
      )}
    </li>
  );
}

/** "Inserted “…”", "Deleted “…”", "Replaced “a” with “b”", or what else the suggestion does. */
function suggestionSummary(item: Extract<ReviewItem, { type: 'suggestion' }>): string {
  const a = item.anchor;
  const field = item.suggestion?.field;
  if (field) return `${field.name}: “${excerpt(field.from, 40)}” → “${excerpt(field.to, 40)}”`;
  if (!a) return SUGGESTION_KIND_LABELS[item.kind];
  if (item.kind === 'replacement' && a.sectionsDeleted.length === 1 && a.sectionsInserted.length === 0) return `Merged “${excerpt(a.sectionsDeleted[0], 60)}” into the section before`;
  if (item.kind === 'replacement' && a.deleted && a.deleted === a.inserted) return `Moved “${excerpt(a.inserted, 80)}”`;
  if (item.kind === 'replacement') return `Replaced “${excerpt(a.deleted, 40)}” with “${excerpt(a.inserted, 40)}”`;
  if (item.kind === 'insertion') return a.inserted ? `Inserted “${excerpt(a.inserted, 80)}”` : `Inserted ${a.blocks === 1 ? 'a block' : `${a.blocks} blocks`}`;
  if (item.kind === 'deletion') return a.deleted ? `Deleted “${excerpt(a.deleted, 80)}”` : `Deleted ${a.blocks === 1 ? 'a block' : `${a.blocks} blocks`}`;
  return SUGGESTION_KIND_LABELS[item.kind];
}

function SuggestionItem({ review, item, active, disabled }: { review: ReviewController; item: Extract<ReviewItem, { type: 'suggestion' }>; active: boolean; disabled: boolean }) {
  const label = `${SUGGESTION_KIND_LABELS[item.kind]} by ${item.author || 'an unknown author'}`;
  const ids = new Set([item.id]);
  return (
    <li className={`review-item suggestion-item ${authorColour(item.author)}`} aria-label={label} aria-current={active || undefined}>
      <button type="button" className="jump-link review-quote" onClick={() => review.jump(item)}>
        {suggestionSummary(item)}
      </button>
      <p className="review-byline">
        <strong>{item.author || 'Unknown author'}</strong> {item.suggestion && <span className="muted small">{when(item.suggestion.at)}</span>}
      </p>
      {!disabled && (
        <p className="review-actions">
          <button type="button" onClick={() => review.decide(ids, 'accept')}>
            Accept
          </button>
          <button type="button" onClick={() => review.decide(ids, 'reject')}>
            Reject
          </button>
        </p>
      )}
    </li>
  );
}

/**
 * The Review panel: a new comment's box, then every comment thread (open and resolved) and pending
 * suggestion in document order, filtered by author and kind, each one a jump into the text.
 */
export function ReviewPanel({ review, document, disabled }: Props) {
  const data = useWatch(document, (f) => f.review);
  const anchors = useWatch(review, (s) => s.anchors);
  const draft = useWatch(review, (s) => s.draft);
  const active = useWatch(review, (s) => s.active);
  const filterAuthor = useWatch(review, (s) => s.filterAuthor);
  const filterKind = useWatch(review, (s) => s.filterKind);
  const all = useMemo(() => reviewItems(data, anchors), [data, anchors]);
  const authors = useMemo(() => [...new Set(all.map(itemAuthor).filter(Boolean))].sort(), [all]);
  const shown = filterItems(all, filterAuthor, filterKind);
  const pending = all.filter((i) => i.type === 'suggestion').length;
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <div className="review-panel">
      {draft && (
        <section className="review-draft" aria-label="New comment">
          <p className="review-quote">“{excerpt(draft.quote, 80)}”</p>
          <TextForm label="Comment" submit="Comment" onSubmit={(body) => review.addComment(body)} onCancel={() => review.cancelComment()} />
        </section>
      )}
      <div className="review-filters">
        <label>
          Author
          <select value={filterAuthor ?? ''} onChange={(e) => review.set({ filterAuthor: e.target.value || null })}>
            <option value="">Everyone</option>
            {authors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          Show
          <select value={filterKind} onChange={(e) => review.set({ filterKind: e.target.value as ReviewFilterKind })}>
            {KIND_FILTERS.map((k) => (
              <option key={k.id} value={k.id}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {pending > 0 && !disabled && (
        <p className="review-bulk">
          <CommandButton id="review.acceptAll" label="Accept all" />
          <CommandButton id="review.rejectAll" label="Reject all" />
          {filterAuthor && <CommandButton id="review.acceptByAuthor" label={`Accept all by ${filterAuthor}`} arg={filterAuthor} />}
          {filterAuthor && <CommandButton id="review.rejectByAuthor" label={`Reject all by ${filterAuthor}`} arg={filterAuthor} />}
        </p>
      )}
      {all.length === 0 && !draft && <p className="muted small">No comments or suggestions. Select words and choose “Comment…”, or turn on “Suggest changes”.</p>}
      <ul ref={list} className="review-list" aria-label="Comments and suggestions">
        {shown.map((item) =>
          item.type === 'comment' ? (
            <CommentItem key={item.id} review={review} item={item} active={active === item.id} disabled={disabled} />
          ) : (
            <SuggestionItem key={item.id} review={review} item={item} active={active === item.id} disabled={disabled} />
          ),
        )}
      </ul>
    </div>
  );
}
