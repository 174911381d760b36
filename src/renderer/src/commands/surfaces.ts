import type { CommandId } from '../../../shared/commands/catalog';
import { COMMANDS } from './all';
import type { Surface } from './define';

/** An entry of a dropdown of commands. */
export type MenuEntry = { kind: 'command'; id: CommandId; arg?: unknown; label?: string } | { kind: 'separator' } | { kind: 'group'; label: string; items: MenuEntry[] };

export interface SurfaceItem {
  id: CommandId;
  label?: string;
  group: number;
  emphasis?: boolean;
}

/** The commands placed on a surface, in order. */
export function surfaceItems(surface: Surface): SurfaceItem[] {
  return COMMANDS.filter((c) => c.places?.[surface])
    .map((c) => ({ id: c.id, ...c.places![surface]! }))
    .sort((a, b) => a.group - b.group || a.order - b.order)
    .map(({ id, label, group, emphasis }) => ({ id, label, group, emphasis }));
}

/** The same, as menu entries with a separator between groups. */
export function surfaceMenu(surface: Surface): MenuEntry[] {
  const out: MenuEntry[] = [];
  let group: number | null = null;
  for (const item of surfaceItems(surface)) {
    if (group !== null && item.group !== group) out.push({ kind: 'separator' });
    group = item.group;
    out.push({ kind: 'command', id: item.id });
  }
  return out;
}
