// The native menu with the usual Windows shortcuts.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';

export function installMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    { label: '&File', submenu: [{ role: 'quit', accelerator: 'Alt+F4' }] },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload', accelerator: 'F5' },
        { role: 'resetZoom', accelerator: 'Ctrl+0' },
        { role: 'zoomIn', accelerator: 'Ctrl+=' },
        { role: 'zoomOut', accelerator: 'Ctrl+-' },
        { type: 'separator' },
        { role: 'togglefullscreen', accelerator: 'F11' },
        { role: 'toggleDevTools', accelerator: 'Ctrl+Shift+I' },
      ],
    },
    { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close', accelerator: 'Ctrl+W' }] },
    {
      label: '&Help',
      submenu: [{ label: 'Electron security checklist', click: () => void shell.openExternal('https://www.electronjs.org/docs/latest/tutorial/security') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
