import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { loadCldrNames } from './cldr';
import type { Language } from './languages';
import { formatCount } from './numberFormat';
import { initialLanguage, loadLanguage, STORAGE_KEY, type UiStrings } from './loadLanguage';

export { initialLanguage } from './loadLanguage';

/** The interface language and its strings, when start-up already asked for them (app/earlyStart.ts). */
export interface LoadingLanguage {
  language: Language;
  strings: Promise<UiStrings>;
}

/** Initialises i18next in the remembered language, or in the one `loading` is already loading. */
export async function setupI18n(loading?: LoadingLanguage): Promise<typeof i18next> {
  const lng = loading?.language ?? initialLanguage();
  const strings = await (loading?.strings ?? loadLanguage(lng));
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: strings } },
    partialBundledLanguages: true,
    lng,
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    // Stated, not left to the defaults: i18next then skips guessing at each t() whether the key is
    // natural language (a regular expression per call, ~10 ms of the programme's first render).
    keySeparator: '.',
    nsSeparator: false,
  });
  // `{{count, number}}`: 10,000 in English, 10 000 in the others (Belarusian too, which the engine lacks).
  i18next.services.formatter?.add('number', formatCount);
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
