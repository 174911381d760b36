import type { CopydeskApi } from '../../../shared/ipc/client';

/** Who is at this copy of Copydesk, as the hand-off log names them (the name in Settings). */
export async function displayName(api: CopydeskApi): Promise<string> {
  const r = await api.call('settings.get', {});
  return r.ok ? r.value.displayName.trim() : '';
}
