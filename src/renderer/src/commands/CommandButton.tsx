import type { CommandId } from '../../../shared/commands/catalog';
import { getCommand } from './host';
import { tooltip, useCommand } from './use-command';

interface Props {
  id: CommandId;
  /** Shown instead of the command's short title. */
  label?: string;
  className?: string;
  /** Toggle buttons (bold, a panel) say whether they are on; by default, commands that can be on are toggles. */
  toggle?: boolean;
  /** Keep the editor's selection when clicked (toolbar buttons). */
  keepFocus?: boolean;
  arg?: unknown;
  ariaLabel?: string;
  /** Navigation: "on" means "you are here" (aria-current) rather than a pressed toggle. */
  navigation?: boolean;
}

/**
 * A button for a command: its title, its shortcut and what it does in the tooltip, disabled with
 * the reason when it does not apply. Every toolbar and app-bar button is one of these.
 */
export function CommandButton({ id, label, className, toggle, keepFocus, arg, ariaLabel, navigation }: Props) {
  const c = useCommand(id, arg);
  const disabled = c.availability !== true;
  const isToggle = !navigation && (toggle ?? !!getCommand(id).checked);
  return (
    <button
      type="button"
      className={className}
      aria-pressed={isToggle ? c.checked : undefined}
      aria-current={navigation && c.checked ? 'page' : undefined}
      aria-label={ariaLabel}
      aria-disabled={disabled || undefined}
      title={tooltip(c)}
      data-command={id}
      onMouseDown={keepFocus ? (e) => e.preventDefault() : undefined}
      // Not `disabled`: a disabled button shows no tooltip and takes no focus, so its reason could not be read.
      onClick={() => c.run()}
    >
      {label ?? c.shortTitle}
    </button>
  );
}
