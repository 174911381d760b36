import { useId } from 'react';
import { ARTICLE_STATUSES, LEGAL_STATES, type ArticleStatus, type LegalState } from '../../../shared/article/model';
import { LEGAL_LABELS } from '../../../shared/article/labels';
import { slugify } from '../../../shared/article/slug';
import { STATUS_LABELS } from '../ui/format';
import { Options } from '../ui/Options';
import { HandOffLog } from '../workflow/HandOffLog';
import { useWatch } from '../ui/store';
import type { ArticleDocument, ArticleFields, DocumentOp } from './store/document';
import { SUGGESTABLE_FIELDS, type SuggestableField } from '../../../shared/article/review-model';
import type { ReviewController } from '../review/review-controller';

interface Props {
  document: ArticleDocument;
  readOnly: boolean;
  /** In suggestion mode, text field edits are proposals recorded in the review, not changes. */
  review: ReviewController | null;
  /** A status chosen here is a hand-off: it goes through the hand-off dialog (note, checklist), never straight in. */
  onChangeStatus: (to: ArticleStatus) => void;
}

/** An ISO time as a datetime-local input shows it (local time, to the minute), and back. */
const toLocalInput = (iso: string | null) => {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : null);

/**
 * Headline, dek, byline, dateline, slug and status, then the desk's workflow fields (desk,
 * assignee, word target, legal read, embargo): the article's metadata above the body. Each edit is
 * an operation on the document, so undo (Ctrl/Cmd+Z, here as in the body) takes it back.
 */
const SUGGESTABLE = new Set<string>(SUGGESTABLE_FIELDS);
const isSuggestable = (key: string): key is SuggestableField => SUGGESTABLE.has(key);
/** Stands in for the review controller before the editor exists: never suggesting. */
const NOT_SUGGESTING = { subscribe: () => () => undefined, getSnapshot: () => ({ suggesting: false }) };

export function FieldsForm({ document, readOnly, review, onChangeStatus }: Props) {
  const id = useId();
  const fields = useWatch(document, (f) => f);
  const suggesting = useWatch(review ?? NOT_SUGGESTING, (s) => s.suggesting);
  const set = <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    if (suggesting && review && isSuggestable(key)) return review.suggestField(key, value as string);
    document.apply([{ kind: 'field', key, value } as DocumentOp]);
  };
  // A field shows what this author proposes for it while suggesting, and is marked as a proposal.
  const shown = (key: SuggestableField) => (suggesting ? review?.proposedValue(key) : undefined);
  const value = (key: SuggestableField) => shown(key) ?? fields[key];
  const proposal = (key: SuggestableField) => (shown(key) !== undefined ? 'suggested-field' : undefined);
  const setHeadline = (headline: string) => {
    if (suggesting) return set('headline', headline);
    const ops: DocumentOp[] = [{ kind: 'field', key: 'headline', value: headline }];
    // The slug follows the headline until the writer sets one of their own.
    if (fields.slug === '' || fields.slug === slugify(fields.headline)) ops.push({ kind: 'field', key: 'slug', value: slugify(headline) });
    document.apply(ops);
  };
  return (
    <div className="fields">
      <label htmlFor={`${id}-headline`} className="visually-hidden">
        Headline
      </label>
      <textarea
        id={`${id}-headline`}
        data-article-field
        data-field="headline"
        data-find-field="headline"
        className={['headline-input', proposal('headline')].filter(Boolean).join(' ')}
        placeholder="Headline"
        rows={1}
        value={value('headline')}
        readOnly={readOnly}
        onChange={(e) => setHeadline(e.target.value.replace(/\n/g, ' '))}
      />
      <label htmlFor={`${id}-dek`} className="visually-hidden">
        Dek
      </label>
      <textarea
        id={`${id}-dek`}
        data-article-field
        data-field="dek"
        data-find-field="dek"
        className={['dek-input', proposal('dek')].filter(Boolean).join(' ')}
        placeholder="Dek: one or two sentences under the headline"
        rows={2}
        value={value('dek')}
        readOnly={readOnly}
        onChange={(e) => set('dek', e.target.value)}
      />
      <div className="meta-row">
        <label>
          <span>Byline</span>
          <input data-article-field data-field="byline" className={proposal('byline')} value={value('byline')} readOnly={readOnly} placeholder="By …" onChange={(e) => set('byline', e.target.value)} />
        </label>
        <label>
          <span>Dateline</span>
          <input data-article-field data-field="dateline" className={proposal('dateline')} value={value('dateline')} readOnly={readOnly} placeholder="CITY" onChange={(e) => set('dateline', e.target.value)} />
        </label>
        <label>
          <span>Slug</span>
          <input
            data-article-field
            data-field="slug"
            className={proposal('slug')}
            value={value('slug')}
            readOnly={readOnly}
            placeholder="short-name"
            onChange={(e) => set('slug', e.target.value.toLowerCase().replace(/[^a-z0-9-]+/g, '-'))}
            onBlur={(e) => set('slug', slugify(e.target.value))}
          />
        </label>
        <label>
          <span>Status</span>
          <select data-article-field value={fields.status} disabled={readOnly} onChange={(e) => onChangeStatus(e.target.value as ArticleStatus)}>
            <Options values={ARTICLE_STATUSES} labels={STATUS_LABELS} />
          </select>
        </label>
      </div>
      <div className="meta-row workflow-row">
        <label>
          <span>Desk</span>
          <input data-article-field value={fields.desk} readOnly={readOnly} placeholder="Metro" onChange={(e) => set('desk', e.target.value)} />
        </label>
        <label>
          <span>Assignee</span>
          <input data-article-field value={fields.assignee} readOnly={readOnly} placeholder="Who has it now" onChange={(e) => set('assignee', e.target.value)} />
        </label>
        <label>
          <span>Word target</span>
          <input
            data-article-field
            data-field="wordTarget"
            type="number"
            min={1}
            value={fields.wordTarget ?? ''}
            readOnly={readOnly}
            placeholder="None"
            onChange={(e) => set('wordTarget', e.target.value && Number(e.target.value) > 0 ? Math.round(Number(e.target.value)) : null)}
          />
        </label>
        <label>
          <span>Needs legal</span>
          <select
            data-article-field
            data-field="legal"
            value={fields.legal.state}
            disabled={readOnly}
            onChange={(e) => {
              const state = e.target.value as LegalState;
              set('legal', state === 'cleared' ? { ...fields.legal, state, clearedAt: new Date().toISOString() } : { state, clearedBy: '', clearedAt: null });
            }}
          >
            <Options values={LEGAL_STATES} labels={LEGAL_LABELS} />
          </select>
        </label>
        {fields.legal.state === 'cleared' && (
          <label>
            <span>Cleared by</span>
            <input data-article-field value={fields.legal.clearedBy} readOnly={readOnly} placeholder="The lawyer’s name" onChange={(e) => set('legal', { ...fields.legal, clearedBy: e.target.value })} />
          </label>
        )}
        <label>
          <span>Embargo until</span>
          <input
            data-article-field
            data-field="embargo"
            type="datetime-local"
            value={toLocalInput(fields.embargo)}
            readOnly={readOnly}
            onChange={(e) => set('embargo', fromLocalInput(e.target.value))}
          />
        </label>
      </div>
      <HandOffLog document={document} />
    </div>
  );
}
