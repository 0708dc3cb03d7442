/** Common ISO 639-1 codes offered for "languages spoken"; others stay as stored. */
import { languageName as cldrLanguageName } from './formatters';
import type { Language } from '../domain/entities';
export const SPOKEN_LANGUAGE_CODES = [
  'hu',
  'ru',
  'be',
  'en',
  'de',
  'fr',
  'uk',
  'pl',
  'sk',
  'ro',
  'sr',
  'hr',
  'cs',
  'it',
  'es',
  'sv',
  'fi',
  'lt',
  'lv',
  'et',
  'ka',
  'tr',
] as const;

/** A language's name in the interface language, from CLDR. */
export function languageName(code: string, uiLanguage: Language): string {
  return cldrLanguageName(code, uiLanguage);
}
