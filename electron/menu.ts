// The native menu as data: a pure function from the interface language's strings and the platform to an
// Electron menu template, so tests can check every language without starting Electron.
// Every item gets an explicit label from locales/menu: a role item without one would be labelled by Electron
// in the operating system's language, not the app's. Roles still supply the native behaviour and the
// platform's usual shortcuts (quit, undo, zoom, full screen); our own commands get theirs below.
import type { MenuItemConstructorOptions } from 'electron';
import {
  INTERFACE_LANGUAGES,
  MENU_SCREENS,
  type AppFolder,
  type InterfaceLanguage,
  type MenuCommand,
} from './contract';
import type { MenuStrings } from './menuStrings';

/** Each language named in itself, as in the page's switcher: the same in every menu language. */
export const LANGUAGE_NATIVE_NAMES: Readonly<Record<InterfaceLanguage, string>> = {
  ru: 'Русский',
  be: 'Беларуская',
  en: 'English',
  hu: 'Magyar',
};

export interface MenuActions {
  /** Hands a command to the page (webContents.send). */
  command(command: MenuCommand): void;
  /** Opens one of the app's folders in the file manager. */
  showFolder(folder: AppFolder): void;
}

export interface MenuOptions {
  strings: MenuStrings;
  language: InterfaceLanguage;
  /** process.platform: the menu's shape and shortcuts follow the platform's conventions. */
  platform: NodeJS.Platform;
  /** Reload and developer tools only when not packaged. */
  developerItems: boolean;
  actions: MenuActions;
}

/** macOS shows "&" literally; Windows and Linux use it to mark the access key (Alt+letter). */
function label(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text.replace(/&(?!&)/g, '') : text;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { strings: s, platform, actions } = options;
  const mac = platform === 'darwin';
  const l = (text: string) => label(text, platform);
  const send = (command: MenuCommand) => () => actions.command(command);

  const appMenu: MenuItemConstructorOptions = {
    // macOS names this menu after the app whatever the label says.
    label: 'Delegation Desk',
    submenu: [
      { label: l(s.app.about), click: send({ kind: 'about' }) },
      separator,
      { role: 'services', label: l(s.app.services) },
      separator,
      { role: 'hide', label: l(s.app.hide) },
      { role: 'hideOthers', label: l(s.app.hideOthers) },
      { role: 'unhide', label: l(s.app.showAll) },
      separator,
      { role: 'quit', label: l(s.app.quit) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: l(s.file.label),
    submenu: [
      { label: l(s.file.newTour), accelerator: 'CmdOrCtrl+N', click: send({ kind: 'new-tour' }) },
      { label: l(s.file.import), accelerator: 'CmdOrCtrl+O', click: send({ kind: 'import' }) },
      separator,
      {
        label: l(s.file.exportDocuments),
        accelerator: 'CmdOrCtrl+E',
        click: send({ kind: 'export-documents' }),
      },
      { label: l(s.file.backup), accelerator: 'CmdOrCtrl+Shift+B', click: send({ kind: 'backup' }) },
      separator,
      // macOS: quitting lives in the app menu, File ends with Close Window (Cmd+W).
      // Windows says "Exit" (Alt+F4 is the system's), Linux says "Quit" (Ctrl+Q, which the role supplies).
      mac
        ? { role: 'close', label: l(s.file.close) }
        : { role: 'quit', label: l(platform === 'win32' ? s.file.exit : s.file.quit) },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: l(s.edit.label),
    submenu: [
      { role: 'undo', label: l(s.edit.undo) },
      // Windows programs redo with Ctrl+Y; macOS and Linux with Shift+Cmd/Ctrl+Z (the role's default).
      platform === 'win32'
        ? { role: 'redo', label: l(s.edit.redo), accelerator: 'Ctrl+Y' }
        : { role: 'redo', label: l(s.edit.redo) },
      separator,
      { role: 'cut', label: l(s.edit.cut) },
      { role: 'copy', label: l(s.edit.copy) },
      { role: 'paste', label: l(s.edit.paste) },
      separator,
      { role: 'selectAll', label: l(s.edit.selectAll) },
    ],
  };

  const languageItems: MenuItemConstructorOptions[] = INTERFACE_LANGUAGES.map((language) => ({
    label: LANGUAGE_NATIVE_NAMES[language],
    type: 'radio',
    checked: language === options.language,
    click: send({ kind: 'language', language }),
  }));

  const viewMenu: MenuItemConstructorOptions = {
    label: l(s.view.label),
    submenu: [
      { label: l(s.view.language), submenu: languageItems },
      separator,
      { role: 'zoomIn', label: l(s.view.zoomIn) },
      { role: 'zoomOut', label: l(s.view.zoomOut) },
      { role: 'resetZoom', label: l(s.view.resetZoom) },
      separator,
      { role: 'togglefullscreen', label: l(s.view.fullScreen) },
      ...(options.developerItems
        ? [
            separator,
            { role: 'reload', label: l(s.view.reload) } as const,
            { role: 'toggleDevTools', label: l(s.view.devTools) } as const,
          ]
        : []),
    ],
  };

  // The same keys as in the page (renderer/app/shell/shortcuts.ts): Alt+Shift+digit, by navigation order.
  const goMenu: MenuItemConstructorOptions = {
    label: l(s.go.label),
    submenu: [
      ...MENU_SCREENS.map((screen, index): MenuItemConstructorOptions => ({
        label: l(s.go[screen]),
        accelerator: `Alt+Shift+${(index + 1) % 10}`,
        click: send({ kind: 'screen', screen }),
      })),
      separator,
      { label: l(s.go.newFinding), accelerator: 'Alt+Shift+N', click: send({ kind: 'new-finding' }) },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'window',
    label: l(s.window.label),
    submenu: [
      { role: 'minimize', label: l(s.window.minimize) },
      { role: 'zoom', label: l(s.window.zoom) },
      separator,
      { role: 'front', label: l(s.window.front) },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: l(s.help.label),
    submenu: [
      { label: l(s.help.shortcuts), accelerator: 'F1', click: send({ kind: 'shortcuts' }) },
      separator,
      ...(mac ? [] : [{ label: l(s.help.about), click: send({ kind: 'about' }) }, separator]),
      { label: l(s.help.openDataFolder), click: () => actions.showFolder('data') },
      { label: l(s.help.openBackupsFolder), click: () => actions.showFolder('backups') },
      { label: l(s.help.openLogFolder), click: () => actions.showFolder('logs') },
    ],
  };

  return mac
    ? [appMenu, fileMenu, editMenu, viewMenu, goMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, goMenu, helpMenu];
}
