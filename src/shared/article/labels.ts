import type { ArticleStatus, ClaimStatus, LegalState, Source, SourceKind, Standing } from './model';
import type { SuggestionKind, SuggestionStatus } from './review-model';

/**
 * The words the app, the exports and the CLI use for the article's coded values. One home, so a
 * label changed here changes everywhere (the CLI lower-cases them for its tables).
 */
export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  'ready-for-edit': 'Ready for edit',
  'in-edit': 'In edit',
  'copy-desk': 'Copy desk',
  'ready-to-publish': 'Ready to publish',
  published: 'Published',
  killed: 'Killed',
};

export const LEGAL_LABELS: Record<LegalState, string> = { 'not-needed': 'Not needed', required: 'Needs legal', cleared: 'Cleared' };

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  insertion: 'Insertion',
  deletion: 'Deletion',
  replacement: 'Replacement',
  format: 'Formatting',
  source: 'Source change',
  structure: 'Structure',
  field: 'Field edit',
};

export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected' };

export const STANDING_LABELS: Record<Standing, string> = {
  'on-record': 'On the record',
  background: 'On background',
  anonymous: 'Anonymous',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = { person: 'Person', organisation: 'Organisation', document: 'Document' };

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = { unverified: 'Unverified', verified: 'Verified', disputed: 'Disputed' };

type Named = Pick<Source, 'name' | 'anonymousDescription'>;

/** What a source is called in the app: its name, else how the text describes it, else `fallback`. */
export function sourceName(s: Named, fallback = 'Unnamed source'): string {
  return s.name.trim() || s.anonymousDescription.trim() || fallback;
}

/** "Morag Bell, chair, Transport Committee" (or the anonymous description), for source lines and cards. */
export function sourceLine(s: Named & Pick<Source, 'title' | 'affiliation'>): string {
  return [sourceName(s), s.title.trim(), s.affiliation.trim()].filter(Boolean).join(', ');
}

/** "chair, Transport Committee": the title and affiliation alone, empty when neither is known. */
export function sourceRole(s: Pick<Source, 'title' | 'affiliation'>): string {
  return [s.title.trim(), s.affiliation.trim()].filter(Boolean).join(', ');
}
