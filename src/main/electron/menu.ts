/** The native menu: File, Edit, View, Window, Help with the usual shortcuts. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract';

export function menuTemplate(send: (command: MenuCommand) => void, isMac: boolean, openHelp: () => void): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(command) });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New Article', 'new-article', 'CmdOrCtrl+N'),
        item('Import…', 'import', 'CmdOrCtrl+O'),
        item('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('Save Version', 'checkpoint', 'CmdOrCtrl+S'),
        item('Publish Update…', 'publish-update'),
        { type: 'separator' },
        item('Desk', 'desk', 'CmdOrCtrl+Shift+D'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Find on Desk', 'find', 'CmdOrCtrl+Shift+F'),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('History', 'history', 'CmdOrCtrl+Shift+H'),
        item('Compare Versions', 'compare', 'CmdOrCtrl+Shift+C'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ label: 'Copydesk Help', click: openHelp }] },
  ];
}
