import type { Editor } from '@tiptap/core';
import { excerpt } from '../../../shared/analysis/target';
import { STYLE_RULES } from '../../../shared/style/rules';
import { CommandButton } from '../commands/CommandButton';
import { jumpTo } from '../article/editor/jump';
import { useWatch } from '../ui/store';
import type { StyleCheck } from './style-check';

const RULE_TITLES = new Map(STYLE_RULES.map((r) => [r.id, r.title]));

/** What a copy editor would mark: each finding jumps to its words; the safe ones fix in one click. */
export function StylePanel({ editor, check, disabled }: { editor: Editor | null; check: StyleCheck; disabled: boolean }) {
  const findings = useWatch(check, (s) => s.findings);
  const problem = useWatch(check, (s) => s.problem);
  return (
    <div className="style-panel">
      {problem && <p className="notice small">{problem}</p>}
      <p className="totals">
        {findings.length === 0 ? 'Nothing to fix: the copy follows the house style.' : `${findings.length} ${findings.length === 1 ? 'finding' : 'findings'}`}
        {findings.some((f) => f.fix) && !disabled && <CommandButton id="style.fixAll" label="Fix all" />}
      </p>
      <ul className="style-list" aria-label="Style findings">
        {findings.map((f, i) => (
          <li key={`${f.code}-${f.target.range.from}-${i}`} className="style-finding" aria-label={`${RULE_TITLES.get(f.code) ?? f.code}: ${f.message}`}>
            <button type="button" className="jump-link" onClick={() => editor && jumpTo(editor, f.target.range)}>
              <span className="style-rule">{RULE_TITLES.get(f.code) ?? f.code}</span>
              <span className="style-message">{f.message}</span>
              <span className="style-words">“{excerpt(f.text, 60)}”</span>
            </button>
            {f.fix && !disabled && (
              <button type="button" className="style-fix" onClick={() => check.fix([f])} title={`Replace with “${f.fix.text}”`}>
                Fix{f.fix.text ? `: “${excerpt(f.fix.text, 30)}”` : ''}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
