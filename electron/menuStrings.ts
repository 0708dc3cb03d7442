// The native menu's words, one JSON file per interface language in locales/menu/. The main process cannot use
// the page's i18next, so it reads these files itself (they are packaged next to dist-electron/) and checks
// that every label is there before a menu is built from them.
import * as path from 'path';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from './contract';

/** Every label the menu needs, by group; the files must have exactly these keys. */
export const MENU_STRING_KEYS = {
  app: ['about', 'services', 'hide', 'hideOthers', 'showAll', 'quit'],
  file: ['label', 'newTour', 'import', 'exportDocuments', 'backup', 'close', 'quit', 'exit'],
  edit: ['label', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'],
  view: ['label', 'language', 'zoomIn', 'zoomOut', 'resetZoom', 'fullScreen', 'reload', 'devTools'],
  window: ['label', 'minimize', 'zoom', 'front'],
  go: [
    'label',
    'overview',
    'programme',
    'contacts',
    'findings',
    'recommendations',
    'materials',
    'documents',
    'translation',
    'backup',
    'settings',
    'newFinding',
  ],
  help: ['label', 'about', 'shortcuts', 'openDataFolder', 'openBackupsFolder', 'openLogFolder'],
} as const;

type Keys = typeof MENU_STRING_KEYS;
export type MenuStrings = { [Group in keyof Keys]: Record<Keys[Group][number], string> };

/** locales/menu beside dist-electron/, in development and inside the packaged app.asar alike. */
export function defaultMenuLocalesDir(compiledDir: string): string {
  return path.join(compiledDir, '..', 'locales', 'menu');
}

export class MenuStringsError extends Error {
  constructor(language: string, problem: string) {
    super(`locales/menu/${language}.json: ${problem}`);
    this.name = 'MenuStringsError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks parsed JSON against MENU_STRING_KEYS; throws MenuStringsError naming the first problem. */
export function parseMenuStrings(json: unknown, language: string): MenuStrings {
  if (!isRecord(json)) throw new MenuStringsError(language, 'not a JSON object');
  const result: Record<string, Record<string, string>> = {};
  for (const [group, keys] of Object.entries(MENU_STRING_KEYS)) {
    const source = json[group];
    if (!isRecord(source)) throw new MenuStringsError(language, `missing group "${group}"`);
    const labels: Record<string, string> = {};
    for (const key of keys) {
      const value = source[key];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new MenuStringsError(language, `missing label ${group}.${key}`);
      }
      labels[key] = value;
    }
    result[group] = labels;
  }
  // The loop above filled every group and key of MenuStrings.
  return result as MenuStrings;
}

/** Loads the strings of every language at once; a broken file is an error at start-up, not a blank menu. */
export function loadAllMenuStrings(
  readFile: (filePath: string) => string,
  dir: string,
): Record<InterfaceLanguage, MenuStrings> {
  const entries = INTERFACE_LANGUAGES.map((language) => {
    const text = readFile(path.join(dir, `${language}.json`));
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new MenuStringsError(language, 'not valid JSON');
    }
    return [language, parseMenuStrings(json, language)] as const;
  });
  return Object.fromEntries(entries) as Record<InterfaceLanguage, MenuStrings>;
}
