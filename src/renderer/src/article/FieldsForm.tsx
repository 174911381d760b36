import { useId } from 'react';
import { ARTICLE_STATUSES } from '../../../shared/article/model';
import { slugify } from '../../../shared/article/slug';
import { STATUS_LABELS } from '../ui/format';
import { useWatch } from '../ui/store';
import type { ArticleDocument, ArticleFields, DocumentOp } from './store/document';

interface Props {
  document: ArticleDocument;
  readOnly: boolean;
}

/**
 * Headline, dek, byline, dateline, slug and status: the article's metadata above the body. Each
 * edit is an operation on the document, so undo (Ctrl/Cmd+Z, here as in the body) takes it back.
 */
export function FieldsForm({ document, readOnly }: Props) {
  const id = useId();
  const fields = useWatch(document, (f) => f);
  const set = <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => document.apply([{ kind: 'field', key, value } as DocumentOp]);
  const setHeadline = (headline: string) => {
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
        data-find-field="headline"
        className="headline-input"
        placeholder="Headline"
        rows={1}
        value={fields.headline}
        readOnly={readOnly}
        onChange={(e) => setHeadline(e.target.value.replace(/\n/g, ' '))}
      />
      <label htmlFor={`${id}-dek`} className="visually-hidden">
        Dek
      </label>
      <textarea
        id={`${id}-dek`}
        data-article-field
        data-find-field="dek"
        className="dek-input"
        placeholder="Dek: one or two sentences under the headline"
        rows={2}
        value={fields.dek}
        readOnly={readOnly}
        onChange={(e) => set('dek', e.target.value)}
      />
      <div className="meta-row">
        <label>
          <span>Byline</span>
          <input data-article-field value={fields.byline} readOnly={readOnly} placeholder="By …" onChange={(e) => set('byline', e.target.value)} />
        </label>
        <label>
          <span>Dateline</span>
          <input data-article-field value={fields.dateline} readOnly={readOnly} placeholder="CITY" onChange={(e) => set('dateline', e.target.value)} />
        </label>
        <label>
          <span>Slug</span>
          <input
            data-article-field
            value={fields.slug}
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
