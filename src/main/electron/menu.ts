import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MENU_COMMANDS } from '../../shared/ipc/contract';

type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The native menu: file commands go to the page as `menu.command` events; Edit and View are Electron's roles. */
export function buildMenu(send: (command: MenuCommand) => void, quit: () => void): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Article', accelerator: 'CmdOrCtrl+N', click: () => send('new') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => send('save') },
        { label: 'Close Article', accelerator: 'CmdOrCtrl+W', click: () => send('close') },
        { type: 'separator' },
        { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: quit },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
