import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCldrNames } from './cldr';
import { isLanguage, languageFromSystem, type Language } from './languages';

const STORAGE_KEY = 'delegation-desk.uiLanguage';

type UiStrings = Record<string, unknown>;

// Each interface language is its own chunk: the start loads the one in use (about a quarter of the
// strings), a switch loads the next before anything re-renders in it.
const UI_STRINGS: Record<Language, () => Promise<{ default: UiStrings }>> = {
  ru: () => import('../../locales/ui/ru.json'),
  be: () => import('../../locales/ui/be.json'),
  en: () => import('../../locales/ui/en.json'),
  hu: () => import('../../locales/ui/hu.json'),
};

/** The interface strings and CLDR names of `language`, both loaded before it is shown. */
async function loadLanguage(language: Language): Promise<UiStrings> {
  const [strings] = await Promise.all([UI_STRINGS[language](), loadCldrNames(language)]);
  return strings.default;
}

/** The remembered choice, or on first start the system language. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : languageFromSystem(navigator.languages);
}

export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  const strings = await loadLanguage(lng);
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: strings } },
    partialBundledLanguages: true,
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

/** Switches the interface at once (no reload), sets <html lang> and remembers the choice. */
export async function changeUiLanguage(language: Language): Promise<void> {
  // Remembered first, at the click itself: the names below load asynchronously, and a window closed
  // or reloaded meanwhile must still open in the chosen language.
  localStorage.setItem(STORAGE_KEY, language);
  // Strings, country and zone names ready before anything re-renders in the new language.
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await loadLanguage(language));
  else await loadCldrNames(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
