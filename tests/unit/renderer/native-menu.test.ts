import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { isCommandId } from '../../../src/shared/commands/catalog';

/**
 * The native menu's template. `electron` is mocked (its binary cannot run on this machine): the
 * template is plain data built from the shared catalog, so it is checked as data, and a click is
 * followed to the `command.run` message the page receives.
 */
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (t: unknown) => t } }));
const { menuTemplate } = await import('../../../src/main/electron/menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

describe('the native menu', () => {
  it('has File, Edit, View, Insert, Format, Article, Window and Help, with the app menu first on macOS', () => {
    const linux = menuTemplate(() => undefined, () => undefined, 'linux');
    expect(linux.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Insert', 'Format', 'Article', 'Window', 'Help']);
    expect(menuTemplate(() => undefined, () => undefined, 'darwin')[0]).toEqual({ role: 'appMenu' });
  });

  it('names a registered command in every item, shows its key without registering it, and sends command.run when chosen', () => {
    const sent: string[] = [];
    let quit = 0;
    const all = items(menuTemplate((id) => sent.push(id), () => quit++, 'linux'));
    const commands = all.filter((i) => i.id);
    expect(commands.length).toBeGreaterThan(30);
    for (const i of commands) {
      expect(isCommandId(i.id), i.id).toBe(true);
      // The page's one key handler owns every key; the menu only shows it.
      if (i.accelerator) expect(i.registerAccelerator, i.id).toBe(false);
    }
    const pull = commands.find((i) => i.id === 'article.makePullQuote')!;
    expect(pull).toMatchObject({ label: 'Make pull quote', accelerator: 'CmdOrCtrl+Alt+P' });
    (pull.click as () => void)();
    commands.find((i) => i.id === 'app.quit')!.click!({} as never, undefined, {} as never);
    expect(sent).toEqual(['article.makePullQuote']);
    expect(quit).toBe(1);
    // The clipboard and window items are the system's own roles.
    expect(all.filter((i) => i.role).map((i) => i.role)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll', 'minimize']));
    // Sections are a submenu of Article.
    const article = linux().find((m) => m.label === 'Article')!;
    expect((article.submenu as MenuItemConstructorOptions[])[0]).toMatchObject({ label: 'Section' });
  });
});

function linux() {
  return menuTemplate(() => undefined, () => undefined, 'linux');
}
