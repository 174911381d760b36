import type { SaveState } from '../session/article-session';
import { errorSentence } from '../errors';
import { words } from '../format';

interface Props {
  wordCount: number;
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

export function StatusBar({ wordCount, save, file, onRetry, onOverwrite }: Props) {
  return (
    <footer className="status-bar">
      <span className="word-count" aria-label="Word count">{words(wordCount)}</span>
      <span className="muted small">{file}</span>
      <span role="status" aria-live="polite" className={`save-state save-${save.kind}`}>
        {saveLabel(save)}
      </span>
      {save.kind === 'failed' && save.error.code !== 'conflict' && (
        <button type="button" onClick={onRetry}>Try again</button>
      )}
      {save.kind === 'failed' && save.error.code === 'conflict' && (
        <button type="button" onClick={onOverwrite}>Keep mine</button>
      )}
    </footer>
  );
}
