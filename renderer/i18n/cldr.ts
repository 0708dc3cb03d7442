import type { Language } from './languages';

/** One language's names from CLDR (locales/cldr, extracted by `npm run cldr`). */
export interface CldrNames {
  territories: Record<string, string>;
  languages: Record<string, string>;
  /** A time zone's city, by IANA id: "Europe/Budapest" → "Будапешт". */
  cities: Record<string, string>;
}

// Each language's table is its own chunk: the interface loads the one it speaks, and the others
// when a picker searches in all four languages.
const LOADERS: Record<Language, () => Promise<{ default: CldrNames }>> = {
  ru: () => import('../../locales/cldr/ru.json'),
  be: () => import('../../locales/cldr/be.json'),
  en: () => import('../../locales/cldr/en.json'),
  hu: () => import('../../locales/cldr/hu.json'),
};

const loaded = new Map<Language, CldrNames>();
const pending = new Map<Language, Promise<CldrNames>>();

export function loadCldrNames(language: Language): Promise<CldrNames> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let promise = pending.get(language);
  if (!promise) {
    promise = LOADERS[language]().then((module) => {
      loaded.set(language, module.default);
      return module.default;
    });
    pending.set(language, promise);
  }
  return promise;
}

/** A table loaded with its interface language (i18n/loadLanguage.ts). */
export function rememberCldrNames(language: Language, names: CldrNames): void {
  loaded.set(language, names);
}

/** The table if it has been loaded (the interface language's always is, see setup.ts). */
export function cldrNames(language: Language): CldrNames | undefined {
  return loaded.get(language);
}
