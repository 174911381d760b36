import { useEffect, useMemo, useState } from 'react';
import type { PublishChecks } from '../../../shared/ipc/contract';
import type { GateOptions } from '../../../shared/review/gate/types';
import { api } from '../api';

/** The desk's choices for the publishing checklist, from Settings; the defaults until they are read. */
export function useGateOptions(): Partial<GateOptions> {
  const [checks, setChecks] = useState<PublishChecks | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('settings.get', {}).then((r) => live && r.ok && setChecks(r.value.publishChecks));
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => (checks ? { unresolvedComments: checks.unresolvedComments } : {}), [checks]);
}
