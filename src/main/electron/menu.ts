/** The native menu: File, Edit, View, Window, Help with the usual shortcuts. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/contract';
import { COMMAND_SHORTCUTS } from '../../shared/api/shortcuts';

export function menuTemplate(send: (command: MenuCommand) => void, isMac: boolean, openHelp: () => void): MenuItemConstructorOptions[] {
  // Accelerators come from the one shortcut table, so the page's sheet and tooltips say the same.
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: COMMAND_SHORTCUTS[command]?.keys,
    click: () => send(command),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('New Article', 'new-article'),
        item('Import…', 'import'),
        item('Export…', 'export'),
        { type: 'separator' },
        item('Save Version', 'checkpoint'),
        item('Publish Update…', 'publish-update'),
        { type: 'separator' },
        item('Desk', 'desk'),
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
        item('Find on Desk', 'find'),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('History', 'history'),
        item('Compare Versions', 'compare'),
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
