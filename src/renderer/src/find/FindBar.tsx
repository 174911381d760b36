import { useEffect, useRef } from 'react';
import { CommandButton } from '../commands/CommandButton';
import { useWatch } from '../ui/store';
import type { FindSession, FindState } from './find-session';

const PLACE_LABEL = { headline: 'in the headline', dek: 'in the dek', body: '' } as const;

function countLabel(s: FindState): string {
  if (s.error) return s.error;
  if (!s.query) return '';
  if (s.replaced !== null && s.matches.length === 0) return `Replaced ${s.replaced}. No more matches.`;
  if (s.matches.length === 0) return 'No matches';
  const where = PLACE_LABEL[s.matches[s.current]?.place ?? 'body'];
  const more = s.stopped === 'too-many' ? '+' : '';
  const count = `${s.current + 1} of ${s.matches.length}${more}${where ? ` (${where})` : ''}`;
  return s.replaced !== null && s.replaced > 1 ? `Replaced ${s.replaced}. ${count}` : count;
}

function Toggle({ label, short, on, onChange }: { label: string; short: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button type="button" className="find-toggle" aria-pressed={on} aria-label={label} title={label} onMouseDown={(e) => e.preventDefault()} onClick={() => onChange(!on)}>
      {short}
    </button>
  );
}

/** Find and replace above the body: matches in the headline, dek and body, highlighted, with a count. */
export function FindBar({ find, readOnly }: { find: FindSession; readOnly: boolean }) {
  const s = useWatch(find, (v) => v);
  const input = useRef<HTMLInputElement>(null);
  // The toggles keep the cursor in the search box (mouse down does not take focus), so Enter still finds.
  // Each Find… (even with the bar open) puts the cursor in the search box with its text selected.
  const opened = useWatch(find, (v) => v.open);
  useEffect(() => {
    if (!opened) return;
    input.current?.focus();
    input.current?.select();
  }, [opened, s.replacing]);
  useEffect(() => () => find.hide(), [find]);
  if (!s.open) return null;
  return (
    <div className="find-bar" role="search" aria-label="Find and replace" data-find-bar>
      <div className="find-row">
        <input
          ref={input}
          aria-label="Find"
          placeholder="Find"
          value={s.query}
          spellCheck={false}
          aria-invalid={!!s.error || undefined}
          onChange={(e) => find.update({ query: e.target.value })}
        />
        <Toggle label="Match case" short="Aa" on={s.matchCase} onChange={(matchCase) => find.update({ matchCase })} />
        <Toggle label="Whole word" short="W" on={s.wholeWord} onChange={(wholeWord) => find.update({ wholeWord })} />
        <Toggle label="Regular expression" short=".*" on={s.regex} onChange={(regex) => find.update({ regex })} />
        <span className={s.error ? 'find-count error' : 'find-count'} aria-label="Matches" aria-live="polite">
          {countLabel(s)}
        </span>
        <CommandButton id="edit.findPrevious" label="↑" ariaLabel="Previous match" />
        <CommandButton id="edit.findNext" label="↓" ariaLabel="Next match" />
        {!readOnly && !s.replacing && (
          <button type="button" onClick={() => find.show(true)}>
            Replace…
          </button>
        )}
        <CommandButton id="edit.closeFind" label="×" ariaLabel="Close find bar" />
      </div>
      {s.replacing && !readOnly && (
        <div className="find-row">
          <input aria-label="Replace with" placeholder="Replace with" value={s.replacement} spellCheck={false} onChange={(e) => find.update({ replacement: e.target.value })} />
          <CommandButton id="edit.replaceOne" label="Replace" />
          <CommandButton id="edit.replaceAll" label="Replace all" />
        </div>
      )}
    </div>
  );
}
