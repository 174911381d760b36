import { useId } from 'react';
import { ARTICLE_STATUSES } from '../../../shared/article/model';
import { slugify } from '../../../shared/article/slug';
import type { ArticleFields } from './store/session';
import { STATUS_LABELS } from '../ui/format';

interface Props {
  fields: ArticleFields;
  readOnly: boolean;
  onChange: <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => void;
}

/** Headline, dek, byline, dateline, slug and status: the article's metadata above the body. */
export function ArticleFieldsForm({ fields, readOnly, onChange }: Props) {
  const id = useId();
  const setHeadline = (headline: string) => {
    onChange('headline', headline);
    // The slug follows the headline until the writer sets one of their own.
    if (fields.slug === '' || fields.slug === slugify(fields.headline)) onChange('slug', slugify(headline));
  };
  return (
    <div className="fields">
      <label htmlFor={`${id}-headline`} className="visually-hidden">Headline</label>
      <textarea
        id={`${id}-headline`}
        className="headline-input"
        placeholder="Headline"
        rows={1}
        value={fields.headline}
        readOnly={readOnly}
        onChange={(e) => setHeadline(e.target.value.replace(/\n/g, ' '))}
      />
      <label htmlFor={`${id}-dek`} className="visually-hidden">Dek</label>
      <textarea
        id={`${id}-dek`}
        className="dek-input"
        placeholder="Dek: one or two sentences under the headline"
        rows={2}
        value={fields.dek}
        readOnly={readOnly}
        onChange={(e) => onChange('dek', e.target.value)}
      />
      <div className="meta-row">
        <label>
          <span>Byline</span>
          <input value={fields.byline} readOnly={readOnly} placeholder="By …" onChange={(e) => onChange('byline', e.target.value)} />
        </label>
        <label>
          <span>Dateline</span>
          <input value={fields.dateline} readOnly={readOnly} placeholder="CITY" onChange={(e) => onChange('dateline', e.target.value)} />
        </label>
        <label>
          <span>Slug</span>
          <input
            value={fields.slug}
            readOnly={readOnly}
            placeholder="short-name"
            onChange={(e) => onChange('slug', e.target.value.toLowerCase().replace(/[^a-z0-9-]+/g, '-'))}
            onBlur={(e) => onChange('slug', slugify(e.target.value))}
          />
        </label>
        <label>
          <span>Status</span>
          <select value={fields.status} disabled={readOnly} onChange={(e) => onChange('status', e.target.value as ArticleFields['status'])}>
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
