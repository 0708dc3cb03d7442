import { loadCldrNames } from './cldr';
import { isLanguage, languageFromSystem, type Language } from './languages';

/** Where the interface language chosen in the header is remembered. */
export const STORAGE_KEY = 'delegation-desk.uiLanguage';

export type UiStrings = Record<string, unknown>;

// Each interface language is its own chunk: the start loads the one in use (about a quarter of the
// strings), a switch loads the next before anything re-renders in it. Apart from setup.ts (i18next)
// so that start-up can ask for them before the rest of its script is evaluated (app/earlyStart.ts).
const UI_STRINGS: Record<Language, () => Promise<{ default: UiStrings }>> = {
  ru: () => import('../../locales/ui/ru.json'),
  be: () => import('../../locales/ui/be.json'),
  en: () => import('../../locales/ui/en.json'),
  hu: () => import('../../locales/ui/hu.json'),
};

/** The interface strings and CLDR names of `language`, both loaded before it is shown. */
export async function loadLanguage(language: Language): Promise<UiStrings> {
  const [strings] = await Promise.all([UI_STRINGS[language](), loadCldrNames(language)]);
  return strings.default;
}

/** The remembered choice, or on first start the system language. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : languageFromSystem(navigator.languages);
}
