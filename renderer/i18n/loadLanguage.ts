import { rememberCldrNames, type CldrNames } from './cldr';
import { isLanguage, languageFromSystem, type Language } from './languages';

/** Where the interface language chosen in the header is remembered. */
export const STORAGE_KEY = 'delegation-desk.uiLanguage';

export type UiStrings = Record<string, unknown>;

// Each interface language is its own chunk (a pack, `languagePacks/`): the start loads the one in
// use (about a quarter of the strings), a switch loads the next before anything re-renders in it.
// Apart from setup.ts (i18next) so that start-up can ask for them before the rest of its script is
// evaluated (app/earlyStart.ts). The strings and the CLDR names come in one pack, not in two
// imports: Vite's preload helper calls a chunk without imports of its own (the strings alone) in
// a microtask, which runs only once the whole start-up script has been evaluated; a chunk with
// imports (the pack imports the CLDR names' chunk) is asked for at once. Measured on the welcome
// start: the strings were requested 73 ms after the CLDR names.
const PACKS: Record<Language, () => Promise<{ strings: UiStrings; cldr: CldrNames }>> = {
  ru: () => import('./languagePacks/ru'),
  be: () => import('./languagePacks/be'),
  en: () => import('./languagePacks/en'),
  hu: () => import('./languagePacks/hu'),
};

/** The interface strings and CLDR names of `language`, both loaded before it is shown. */
export async function loadLanguage(language: Language): Promise<UiStrings> {
  const pack = await PACKS[language]();
  rememberCldrNames(language, pack.cldr);
  return pack.strings;
}

/** The remembered choice, or on first start the system language. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : languageFromSystem(navigator.languages);
}
