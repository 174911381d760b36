import { useMemo, useState } from 'react';
import type { GateOverride } from '../../../shared/article/model';
import type { CheckedItem, GateResult } from '../../../shared/review/gate/gate';
import { itemKey } from './GateChecklist';

/**
 * The reasons typed against failed checklist items in a dialog (a hand-off, a final export), and
 * the overrides they make: an item counts as overridden once its reason is more than blanks.
 */
export function useOverrides(unchecked: GateResult | null) {
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const overrides: GateOverride[] = useMemo(
    () => (unchecked?.items ?? []).flatMap((i) => (reasons[itemKey(i)]?.trim() ? [{ rule: i.rule, key: i.key, message: i.message, reason: reasons[itemKey(i)].trim() }] : [])),
    [unchecked, reasons],
  );
  const setReason = (item: CheckedItem, reason: string | null) => {
    const next = { ...reasons };
    if (reason === null) delete next[itemKey(item)];
    else next[itemKey(item)] = reason;
    setReasons(next);
  };
  return { reasons, setReason, overrides };
}
