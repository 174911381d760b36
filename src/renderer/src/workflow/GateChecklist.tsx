import type { CheckedItem, GateResult } from '../../../shared/review/gate/gate';

interface Props {
  gate: GateResult;
  onJump: (item: CheckedItem) => void;
  /** Override reasons typed so far, by item; without it the checklist offers no override. */
  reasons?: Record<string, string>;
  onReason?: (item: CheckedItem, reason: string | null) => void;
  /** Only the rules that failed, with one line counting those that pass (where space is short, as in the export dialog). */
  failedOnly?: boolean;
}

export const itemKey = (i: { rule: string; key: string }) => `${i.rule}\u0000${i.key}`;

/**
 * The publish-readiness checklist: each rule with a tick when it passes, otherwise its failed items,
 * each with a jump to the place to fix it and (when the dialog allows) an override with a reason.
 */
export function GateChecklist({ gate, onJump, reasons, onReason, failedOnly }: Props) {
  const lines = failedOnly ? gate.lines.filter((l) => l.items.length > 0) : gate.lines;
  const passing = gate.lines.length - lines.length;
  return (
    <ul className="gate-checklist" aria-label="Publishing checklist">
      {failedOnly && passing > 0 && (
        <li className="gate-line passed">
          <span className="gate-mark" aria-hidden="true">✓</span>
          <span className="gate-title">{passing === 1 ? 'One other check passes' : `The other ${passing} checks pass`}</span>
        </li>
      )}
      {lines.map((line) => (
        <li key={line.rule} className={line.items.length ? 'gate-line failed' : 'gate-line passed'}>
          <span className="gate-mark" aria-hidden="true">
            {line.items.length === 0 ? '✓' : line.items.every((i) => i.override || (reasons && reasons[itemKey(i)]?.trim())) ? '↷' : '✗'}
          </span>
          <span className="gate-title">{line.title}</span>
          {line.items.length > 0 && (
            <ul className="gate-items">
              {line.items.map((item) => {
                const key = itemKey(item);
                const reason = reasons?.[key];
                return (
                  <li key={key} className={`gate-item severity-${item.severity}`} aria-label={item.message}>
                    <span className="gate-severity">{item.severity === 'block' ? 'Blocks' : 'Warning'}</span> {item.message}{' '}
                    <button type="button" className="jump-link" onClick={() => onJump(item)}>
                      Go there
                    </button>
                    {onReason && reason === undefined && (
                      <button type="button" className="jump-link" onClick={() => onReason(item, '')}>
                        Override…
                      </button>
                    )}
                    {onReason && reason !== undefined && (
                      <label className="field gate-override">
                        <span>Why publish past this?</span>
                        <input autoFocus value={reason} onChange={(e) => onReason(item, e.target.value)} placeholder="Legal cleared it by phone" />
                      </label>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
