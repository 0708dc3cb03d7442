import { LANGUAGES, isLanguage, type Language } from '../domain/languages';

export { LANGUAGES, isLanguage, type Language };

/** Each language named in itself, as the switcher shows it whatever the current language. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = {
  ru: 'Русский',
  be: 'Беларуская',
  en: 'English',
  hu: 'Magyar',
};

export const FALLBACK_LANGUAGE: Language = 'ru';

/** The first of the system's preferred languages that the app speaks, else Russian. */
export function languageFromSystem(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return FALLBACK_LANGUAGE;
}
