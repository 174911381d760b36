import type { Suggestion, SuggestableField } from '../../../shared/article/review-model';
import { excerpt } from '../../../shared/analysis/target';
import type { ArticleDocument } from '../article/store/document';
import { useWatch } from '../ui/store';
import { authorColour } from './author-colour';
import type { ReviewController } from './review-controller';

const FIELD_NAMES: Record<SuggestableField, string> = {
  headline: 'Headline',
  dek: 'Dek',
  byline: 'Byline',
  dateline: 'Dateline',
  slug: 'Slug',
  desk: 'Desk',
  assignee: 'Assignee',
};

const pendingFieldEdits = (suggestions: Record<string, Suggestion>) =>
  Object.values(suggestions)
    .filter((s) => s.status === 'pending' && s.kind === 'field' && s.field)
    .sort((a, b) => a.at.localeCompare(b.at));

/**
 * Proposed changes to the headline, dek, byline and the other fields, listed above the body where
 * the fields are, each with its author and accept/reject: the body shows its own suggestions
 * inline, and a field can show only one value.
 */
export function FieldProposals({ document, review, disabled }: { document: ArticleDocument; review: ReviewController; disabled: boolean }) {
  const suggestions = useWatch(document, (f) => f.review.suggestions);
  const edits = pendingFieldEdits(suggestions);
  if (!edits.length) return null;
  return (
    <ul className="field-proposals" aria-label="Proposed field changes">
      {edits.map((s) => {
        const field = s.field!;
        const name = FIELD_NAMES[field.name as SuggestableField] ?? field.name;
        const ids = new Set([s.id]);
        return (
          <li key={s.id} className={`field-proposal ${authorColour(s.author)}`} aria-label={`${name} change by ${s.author || 'an unknown author'}`}>
            <span className="field-proposal-what">
              <strong>{name}</strong>{' '}
              {field.from ? <del>{excerpt(field.from, 80)}</del> : <span className="muted">(empty)</span>} → {field.to ? <ins>{excerpt(field.to, 80)}</ins> : <span className="muted">(empty)</span>}
            </span>
            <span className="muted small"> {s.author || 'Unknown author'}</span>
            {!disabled && (
              <span className="field-proposal-actions">
                <button type="button" onClick={() => review.decide(ids, 'accept')}>Accept</button>
                <button type="button" onClick={() => review.decide(ids, 'reject')}>Reject</button>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
