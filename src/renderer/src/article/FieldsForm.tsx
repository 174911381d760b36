import { useId } from 'react';
import { ARTICLE_STATUSES } from '../../../shared/article/model';
import { slugify } from '../../../shared/article/slug';
import { STATUS_LABELS } from '../ui/format';
import { useWatch } from '../ui/store';
import type { ArticleDocument, ArticleFields, DocumentOp } from './store/document';
import { SUGGESTABLE_FIELDS, type SuggestableField } from '../../../shared/article/review-model';
import type { ReviewController } from '../review/review-controller';

interface Props {
  document: ArticleDocument;
  readOnly: boolean;
  /** In suggestion mode, text field edits are proposals recorded in the review, not changes. */
  review: ReviewController | null;
}

/**
 * Headline, dek, byline, dateline, slug and status: the article's metadata above the body. Each
 * edit is an operation on the document, so undo (Ctrl/Cmd+Z, here as in the body) takes it back.
 */
const SUGGESTABLE = new Set<string>(SUGGESTABLE_FIELDS);
const isSuggestable = (key: string): key is SuggestableField => SUGGESTABLE.has(key);
/** Stands in for the review controller before the editor exists: never suggesting. */
const NOT_SUGGESTING = { subscribe: () => () => undefined, getSnapshot: () => ({ suggesting: false }) };

export function FieldsForm({ document, readOnly, review }: Props) {
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
          <input data-article-field className={proposal('byline')} value={value('byline')} readOnly={readOnly} placeholder="By …" onChange={(e) => set('byline', e.target.value)} />
        </label>
        <label>
          <span>Dateline</span>
          <input data-article-field className={proposal('dateline')} value={value('dateline')} readOnly={readOnly} placeholder="CITY" onChange={(e) => set('dateline', e.target.value)} />
        </label>
        <label>
          <span>Slug</span>
          <input
            data-article-field
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
          <select data-article-field value={fields.status} disabled={readOnly} onChange={(e) => set('status', e.target.value as ArticleFields['status'])}>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
