import { readingMinutes } from '../../../shared/article/reading-time';
import { SPELLING_LANGUAGES } from '../../../shared/spelling/languages';
import { useCommand } from '../commands/use-command';
import { useWatch } from '../ui/store';
import { articleLanguage } from '../spelling/spelling-session';
import type { ArticleDocument } from './store/document';

/** The length commissioned, how far the draft is towards it and how long it takes to read, in the status bar. */
export function WordTarget({ document, wordCount, readOnly }: { document: ArticleDocument; wordCount: number | null; readOnly: boolean }) {
  const target = useWatch(document, (f) => f.wordTarget);
  const count = wordCount ?? 0;
  const share = target ? Math.min(1, count / target) : 0;
  return (
    <span className="word-target">
      {target !== null && (
        <>
          <span className="target-bar" role="progressbar" aria-label="Word target" aria-valuemin={0} aria-valuemax={target} aria-valuenow={count} aria-valuetext={`${count} of ${target} words`}>
            <span className={count > target ? 'target-fill over' : 'target-fill'} style={{ width: `${share * 100}%` }} />
          </span>
          <span className="small">
            {count.toLocaleString('en-US')} / {target.toLocaleString('en-US')}
          </span>
        </>
      )}
      <label className="small target-input">
        Target
        <input
          type="number"
          min={0}
          step={50}
          aria-label="Word target (words)"
          placeholder="none"
          value={target ?? ''}
          readOnly={readOnly}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            document.setField('wordTarget', e.target.value === '' || !(n > 0) ? null : Math.min(n, 1_000_000));
          }}
        />
      </label>
      <span className="small reading-time" aria-label="Reading time">
        {wordCount === null ? '' : `${readingMinutes(count)} min read`}
      </span>
    </span>
  );
}

/** The article's spelling language, beside the counts. */
export function SpellingLanguagePicker({ document }: { document: ArticleDocument }) {
  const language = useWatch(document, (f) => articleLanguage(f.language));
  const command = useCommand('spelling.language');
  return (
    <select className="small language-picker" aria-label="Spelling language" value={language} disabled={command.availability !== true} onChange={(e) => command.run(e.target.value)}>
      {SPELLING_LANGUAGES.map((l) => (
        <option key={l.id} value={l.id}>
          {l.label}
        </option>
      ))}
    </select>
  );
}
