import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ru from '../../locales/ui/ru.json';
import be from '../../locales/ui/be.json';
import en from '../../locales/ui/en.json';
import hu from '../../locales/ui/hu.json';
import { loadCldrNames } from './cldr';
import { isLanguage, languageFromSystem, type Language } from './languages';

const STORAGE_KEY = 'delegation-desk.uiLanguage';

/** The remembered choice, or on first start the system language. */
export function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLanguage(stored) ? stored : languageFromSystem(navigator.languages);
}

export async function setupI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  await loadCldrNames(lng);
  await i18next.use(initReactI18next).init({
    resources: {
      ru: { translation: ru },
      be: { translation: be },
      en: { translation: en },
      hu: { translation: hu },
    },
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
  await loadCldrNames(language); // country and zone names ready before anything re-renders
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
