// The native menu with the usual Windows shortcuts, in the UI's language (kk/ru/en).
// Developer tools appear only when they are allowed (unpackaged builds, or PRIVACY_DESK_DEVTOOLS=1).
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { HELP_URL } from '../external-links';
import { SHELL_TEXT, type UiLanguage } from '../shell-text';

export function installMenu(lang: UiLanguage = 'ru', opts: { devTools?: boolean } = {}): void {
  const t = SHELL_TEXT[lang];
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: t.reload, accelerator: 'F5' },
    { role: 'resetZoom', label: t.actualSize, accelerator: 'Ctrl+0' },
    { role: 'zoomIn', label: t.zoomIn, accelerator: 'Ctrl+=' },
    { role: 'zoomOut', label: t.zoomOut, accelerator: 'Ctrl+-' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: t.fullScreen, accelerator: 'F11' },
  ];
  if (opts.devTools) view.push({ role: 'toggleDevTools', label: t.devTools, accelerator: 'Ctrl+Shift+I' });
  const template: MenuItemConstructorOptions[] = [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit, accelerator: 'Alt+F4' }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    { label: t.view, submenu: view },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close, accelerator: 'Ctrl+W' },
      ],
    },
    {
      label: t.help,
      submenu: [{ label: t.lawOnPersonalData, click: () => void shell.openExternal(HELP_URL) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
