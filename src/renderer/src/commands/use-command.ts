import { createContext, useContext, useMemo } from 'react';
import type { CommandId } from '../../../shared/commands/catalog';
import { chordLabel, chordsFor } from '../../../shared/commands/keys';
import { useWatch } from '../ui/store';
import type { Availability } from './define';
import { getCommand, type CommandHost } from './host';

export const CommandHostContext = createContext<CommandHost | null>(null);

export function useCommandHost(): CommandHost {
  const host = useContext(CommandHostContext);
  if (!host) throw new Error('useCommandHost outside the app');
  return host;
}

/** The label of a command's first shortcut on this platform ("Ctrl+Alt+S", "⌥⌘S"), or null. */
export function shortcutLabel(host: CommandHost, id: CommandId): string | null {
  const chord = chordsFor(getCommand(id).keys, host.platform)[0];
  return chord ? chordLabel(chord, host.platform) : null;
}

export interface CommandState {
  id: CommandId;
  title: string;
  shortTitle: string;
  description: string | undefined;
  shortcut: string | null;
  /** True, or why it does not apply now. */
  availability: Availability;
  checked: boolean;
  run: (arg?: unknown) => boolean;
}

/**
 * A command as a control shows it: title, shortcut, whether it applies (and why not) and whether
 * it is on. Re-renders only when availability or checked state actually changes, never per keystroke.
 */
export function useCommand(id: CommandId, arg?: unknown): CommandState {
  const host = useCommandHost();
  const argKey = arg === undefined ? '' : JSON.stringify(arg);
  const key = useWatch(host.changes, () => {
    const a = host.availability(id, undefined, arg);
    return `${host.checked(id) ? 1 : 0}${a === true ? '' : a}`;
  });
  return useMemo(() => {
    const c = getCommand(id);
    const reason = key.slice(1);
    return {
      id,
      title: c.title,
      shortTitle: c.shortTitle ?? c.title,
      description: c.description,
      shortcut: shortcutLabel(host, id),
      availability: reason === '' ? true : reason,
      checked: key[0] === '1',
      run: (runArg: unknown = arg) => host.run(id, runArg),
    };
    // `arg` is compared by value (argKey), not by the object a parent re-creates each render.
  }, [host, id, key, argKey]);
}

/** "Bold (Ctrl+B)", or the reason it does not apply. */
export function tooltip(state: CommandState): string {
  if (state.availability !== true) return state.availability;
  const what = state.description ?? state.title;
  return state.shortcut ? `${what} (${state.shortcut})` : what;
}
