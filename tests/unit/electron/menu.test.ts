import { readFileSync } from 'fs';
import * as path from 'path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { INTERFACE_LANGUAGES, MENU_SCREENS, type MenuCommand } from '../../../electron/contract';
import { buildMenuTemplate, LANGUAGE_NATIVE_NAMES, type MenuActions } from '../../../electron/menu';
import {
  defaultMenuLocalesDir,
  loadAllMenuStrings,
  MenuStringsError,
  parseMenuStrings,
} from '../../../electron/menuStrings';

const localesDir = path.resolve(__dirname, '../../../locales/menu');
const strings = loadAllMenuStrings((file) => readFileSync(file, 'utf8'), localesDir);
const PLATFORMS: NodeJS.Platform[] = ['win32', 'linux', 'darwin'];

/** Labels that are rightly the same in every language: the product name and the languages' own names. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Delegation Desk', ...Object.values(LANGUAGE_NATIVE_NAMES)]);

function recorder() {
  const commands: MenuCommand[] = [];
  const folders: string[] = [];
  const actions: MenuActions = {
    command: (command) => commands.push(command),
    showFolder: (folder) => folders.push(folder),
  };
  return { actions, commands, folders };
}

/** Every item of a template, depth first, with its path of labels for messages. */
function flatten(items: MenuItemConstructorOptions[], trail: string[] = []) {
  const out: { item: MenuItemConstructorOptions; trail: string[] }[] = [];
  for (const item of items) {
    const here = [...trail, item.label ?? `(${item.role ?? item.type})`];
    out.push({ item, trail: here });
    if (Array.isArray(item.submenu)) out.push(...flatten(item.submenu, here));
  }
  return out;
}

function template(language: (typeof INTERFACE_LANGUAGES)[number], platform: NodeJS.Platform) {
  const { actions } = recorder();
  return buildMenuTemplate({
    strings: strings[language],
    language,
    platform,
    developerItems: true,
    actions,
  });
}

function click(item: MenuItemConstructorOptions): void {
  // The handlers ignore their arguments; Electron's MenuItem/window/event are not needed to test routing.
  (item.click as unknown as () => void)();
}

describe('menu strings', () => {
  it('points at locales/menu beside dist-electron/', () => {
    expect(defaultMenuLocalesDir('/app/dist-electron')).toBe(path.join('/app', 'locales', 'menu'));
  });

  it('refuses a file with a missing label, naming it', () => {
    const broken = structuredClone(strings.hu) as unknown as Record<string, Record<string, string>>;
    delete broken.help!.openLogFolder;
    expect(() => parseMenuStrings(broken, 'hu')).toThrow(
      new MenuStringsError('hu', 'missing label help.openLogFolder'),
    );
    expect(() => parseMenuStrings([], 'hu')).toThrow(MenuStringsError);
  });

  it('refuses a file that is not JSON', () => {
    expect(() => loadAllMenuStrings(() => '{ oops', localesDir)).toThrow(/not valid JSON/);
  });
});

/**
 * Labels missing or left in English in one language's menu, as "File › Cut" paths. A role item without a
 * label would be named by Electron in the operating system's language, so a missing label counts too.
 */
function untranslatedLabels(
  language: (typeof INTERFACE_LANGUAGES)[number],
  platform: NodeJS.Platform,
  menuStrings = strings,
): string[] {
  const { actions } = recorder();
  const build = (lang: typeof language) =>
    flatten(
      buildMenuTemplate({ strings: menuStrings[lang], language, platform, developerItems: true, actions }),
    );
  const english = build('en');
  const translated = build(language);
  if (translated.length !== english.length) return ['(the menus differ in shape)'];
  return translated.flatMap(({ item, trail }, index) => {
    if (item.type === 'separator') return [];
    const label = item.label?.trim() ?? '';
    if (label === '') return [`${trail.join(' › ')}: no label`];
    if (language === 'en' || SAME_IN_EVERY_LANGUAGE.has(label)) return [];
    return label === english[index]!.item.label ? [`${trail.join(' › ')}: still in English`] : [];
  });
}

describe.each(PLATFORMS)('menu template on %s', (platform) => {
  it.each(INTERFACE_LANGUAGES)('in %s has a label on every item, none left untranslated', (language) => {
    expect(untranslatedLabels(language, platform)).toEqual([]);
  });

  it('would notice a label left in English', () => {
    const broken = structuredClone(strings);
    broken.be.edit.cut = strings.en.edit.cut;
    expect(untranslatedLabels('be', platform, broken)).toEqual([
      expect.stringMatching(/Праўка › Cut: still in English$/),
    ]);
  });

  it('has File, Edit, View and Help with the platform’s shortcuts', () => {
    const items = flatten(template('en', platform)).map(({ item }) => item);
    const roles = items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut']),
    );
    expect(roles).toContain('togglefullscreen');
    expect(roles).toContain('quit');
    const redo = items.find((item) => item.role === 'redo');
    expect(redo?.accelerator).toBe(platform === 'win32' ? 'Ctrl+Y' : undefined);
    const byLabel = (label: string) => items.find((item) => item.label?.replace('&', '') === label);
    expect(byLabel('New Tour…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel('Import…')?.accelerator).toBe('CmdOrCtrl+O');
    // The page's own shortcuts (renderer/app/shell/shortcuts.ts), in the Go and Help menus.
    expect(byLabel('Findings')?.accelerator).toBe('Alt+Shift+4');
    expect(byLabel('Settings')?.accelerator).toBe('Alt+Shift+0');
    expect(byLabel('New Finding…')?.accelerator).toBe('Alt+Shift+N');
    expect(byLabel('Keyboard Shortcuts')?.accelerator).toBe('F1');
  });
});

describe('menu behaviour', () => {
  it('quits as each platform expects', () => {
    const quitLabel = (platform: NodeJS.Platform) =>
      flatten(template('en', platform))
        .filter(({ item }) => item.role === 'quit')
        .map(({ item }) => item.label);
    expect(quitLabel('win32')).toEqual(['E&xit']);
    expect(quitLabel('linux')).toEqual(['Quit']);
    expect(quitLabel('darwin')).toEqual(['Quit Delegation Desk']);
  });

  it('shows no access-key ampersands on macOS', () => {
    for (const language of INTERFACE_LANGUAGES) {
      for (const { item } of flatten(template(language, 'darwin')))
        expect(item.label ?? '').not.toContain('&');
    }
  });

  it('sends the page commands and opens folders', () => {
    const { actions, commands, folders } = recorder();
    const items = flatten(
      buildMenuTemplate({
        strings: strings.ru,
        language: 'ru',
        platform: 'linux',
        developerItems: false,
        actions,
      }),
    ).map(({ item }) => item);
    for (const item of items) if (item.click) click(item);
    expect(commands).toEqual([
      { kind: 'new-tour' },
      { kind: 'import' },
      { kind: 'export-documents' },
      { kind: 'backup' },
      { kind: 'language', language: 'ru' },
      { kind: 'language', language: 'be' },
      { kind: 'language', language: 'en' },
      { kind: 'language', language: 'hu' },
      ...MENU_SCREENS.map((screen) => ({ kind: 'screen', screen })),
      { kind: 'new-finding' },
      { kind: 'shortcuts' },
      { kind: 'about' },
    ]);
    expect(folders).toEqual(['data', 'backups', 'logs']);
  });

  it('checks the current language and hides developer items in the packaged app', () => {
    const { actions } = recorder();
    const items = flatten(
      buildMenuTemplate({
        strings: strings.hu,
        language: 'hu',
        platform: 'win32',
        developerItems: false,
        actions,
      }),
    ).map(({ item }) => item);
    expect(items.filter((item) => item.type === 'radio' && item.checked).map((item) => item.label)).toEqual([
      'Magyar',
    ]);
    expect(items.some((item) => item.role === 'toggleDevTools' || item.role === 'reload')).toBe(false);
  });
});
