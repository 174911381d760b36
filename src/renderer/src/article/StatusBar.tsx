import { errorSentence } from '../ui/errors';
import { words } from '../ui/format';
import { useWatch } from '../ui/store';
import type { ArticleAnalysis } from './analysis';
import { CommandButton } from '../commands/CommandButton';
import type { ReviewController } from '../review/review-controller';
import { isConflict, type SaveState } from './store/persistence';
import type { ArticleSession } from './store/session';
import { SpellingLanguagePicker, WordTarget } from './WordTarget';

function saveLabel(s: SaveState): string {
  switch (s.kind) {
    case 'saved':
      return 'Saved';
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Save failed: ${errorSentence(s.error)}`;
    case 'read-only':
      return 'Read-only';
  }
}

/** Words, unverified claims, TKs, editing or suggesting, the file and whether it is saved. Renders when those change, not per keystroke. */
export function StatusBar({ session, analysis, review }: { session: ArticleSession; analysis: ArticleAnalysis; review: ReviewController }) {
  const suggesting = useWatch(review, (s) => s.suggesting);
  const author = useWatch(review, (s) => s.author);
  const save = useWatch(session.persistence, (s) => s.save);
  const file = useWatch(session.persistence, (s) => s.file);
  const wordCount = useWatch(analysis, (s) => s.result?.wordCount ?? null);
  const unverifiedClaims = useWatch(analysis, (s) => s.result?.claims.counts.unverified);
  const placeholders = useWatch(analysis, (s) => s.result?.claims.placeholders.length);
  return (
    <footer className="status-bar">
      <span className="word-count" aria-label="Word count">
        {wordCount === null ? '…' : words(wordCount)}
      </span>
      <WordTarget document={session.document} wordCount={wordCount} readOnly={!!session.readOnly} />
      {unverifiedClaims !== undefined && (
        <span className={unverifiedClaims ? 'claims-count pending' : 'claims-count'} aria-label="Unverified claims">
          {unverifiedClaims} unverified {unverifiedClaims === 1 ? 'claim' : 'claims'}
        </span>
      )}
      {placeholders !== undefined && placeholders > 0 && (
        <span className="tk-count pending" aria-label="TK placeholders">
          {placeholders} TK
        </span>
      )}
      <CommandButton
        id="review.toggleSuggesting"
        className={suggesting ? 'mode-indicator suggesting' : 'mode-indicator'}
        label={suggesting ? `Suggesting as ${author}` : 'Editing'}
        ariaLabel="Suggest changes"
      />
      <SpellingLanguagePicker document={session.document} />
      <span className="muted small">{file}</span>
      <span role="status" aria-live="polite" className={`save-state save-${save.kind}`}>
        {saveLabel(save)}
      </span>
      {save.kind === 'failed' && !isConflict(save.error) && (
        <button type="button" onClick={() => void session.save()}>
          Try again
        </button>
      )}
      {save.kind === 'failed' && isConflict(save.error) && (
        <button type="button" onClick={() => void session.save(true)}>
          Keep mine
        </button>
      )}
    </footer>
  );
}
