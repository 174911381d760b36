import type { SaveState } from '../session/article-session';
import { errorSentence } from '../errors';
import { words } from '../format';

interface Props {
  wordCount: number;
  /** From the claims analysis; left out until it has run. */
  unverifiedClaims?: number;
  /** TK placeholders still in the story. */
  placeholders?: number;
  save: SaveState;
  file: string;
  onRetry: () => void;
  onOverwrite: () => void;
}

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

export function StatusBar({ wordCount, unverifiedClaims, placeholders, save, file, onRetry, onOverwrite }: Props) {
  return (
    <footer className="status-bar">
      <span className="word-count" aria-label="Word count">{words(wordCount)}</span>
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
      <span className="muted small">{file}</span>
      <span role="status" aria-live="polite" className={`save-state save-${save.kind}`}>
        {saveLabel(save)}
      </span>
      {save.kind === 'failed' && save.error.code !== 'conflict' && save.error.code !== 'removed' && (
        <button type="button" onClick={onRetry}>Try again</button>
      )}
      {save.kind === 'failed' && (save.error.code === 'conflict' || save.error.code === 'removed') && (
        <button type="button" onClick={onOverwrite}>Keep mine</button>
      )}
    </footer>
  );
}
