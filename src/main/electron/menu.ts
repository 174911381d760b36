import { Menu, type MenuItemConstructorOptions } from 'electron';
import { menuBar, type CommandId, type MenuItem } from '../../shared/commands/catalog';
import { chordsFor, toAccelerator } from '../../shared/commands/keys';

/**
 * The native menu, built from the command catalog alone (main never imports the renderer). Choosing
 * an item sends `command.run` to the page, which runs the command exactly as the palette would.
 * Accelerators are shown but not registered with the system: the page's one key handler owns every
 * key, so a shortcut never runs twice. Items with a role (clipboard, window) are Electron's own.
 */
export function buildMenu(run: (id: CommandId) => void, quit: () => void, platform: NodeJS.Platform = process.platform): Menu {
  return Menu.buildFromTemplate(menuTemplate(run, quit, platform));
}

export function menuTemplate(run: (id: CommandId) => void, quit: () => void, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const keysPlatform = platform === 'darwin' ? 'mac' : 'other';
  const item = (entry: MenuItem): MenuItemConstructorOptions => {
    if (entry.kind === 'separator') return { type: 'separator' };
    if (entry.kind === 'submenu') return { label: entry.label, submenu: entry.items.map(item) };
    const spec = entry.spec;
    const chord = chordsFor(spec.keys, keysPlatform)[0];
    const common = { id: spec.id, label: spec.title, ...(chord ? { accelerator: toAccelerator(chord), registerAccelerator: false } : {}) };
    if (spec.id === 'app.quit') return { ...common, click: quit };
    if (spec.role) return { role: spec.role, label: spec.title };
    return { ...common, click: () => run(spec.id as CommandId) };
  };
  const menus = menuBar({ electron: true }).map((m): MenuItemConstructorOptions => ({ label: m.label, submenu: m.items.map(item) }));
  return [...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []), ...menus];
}

/** Greys out the items whose commands do not apply now (the page says which). */
export function applyCommandStates(menu: Menu | null, enabled: Partial<Record<CommandId, boolean>>): void {
  if (!menu) return;
  for (const [id, on] of Object.entries(enabled)) {
    const entry = menu.getMenuItemById(id);
    if (entry) entry.enabled = on !== false;
  }
}
