import type { Language } from './languages';

/** BCP 47 tags for Intl; Belarusian dates and numbers come from the `be` locale data. */
export const INTL_LOCALE: Record<Language, string> = { ru: 'ru-RU', be: 'be-BY', en: 'en-GB', hu: 'hu-HU' };

/**
 * Chromium and Electron have no Belarusian number data and would write 10,000 as English does.
 * Belarusian groups as Russian does (a no-break space) but only from five digits (CLDR's minimum
 * grouping digits of 2): 1234, 10 000.
 */
const ENGINE_HAS_BELARUSIAN_NUMBERS = Intl.NumberFormat.supportedLocalesOf(['be']).length > 0;

/**
 * How the language writes numbers. A module of its own, without the calendars of formatters.ts:
 * the interface's strings format their counts with it from start-up on (`{{count, number}}`).
 */
export function numberFormat(language: Language): Intl.NumberFormat {
  if (language === 'be' && !ENGINE_HAS_BELARUSIAN_NUMBERS)
    return new Intl.NumberFormat(INTL_LOCALE.ru, { useGrouping: 'min2' });
  return new Intl.NumberFormat(INTL_LOCALE[language]);
}

const made = new Map<string, Intl.NumberFormat>();

/**
 * i18next's `number` format (`{{count, number}}` in a string) in the app's languages, Belarusian
 * included; a value that is not a number, or a language that is not the app's, as it is.
 */
export function formatCount(value: unknown, language: string | undefined): string {
  if (typeof value !== 'number' || !isAppLanguage(language)) return String(value);
  let format = made.get(language);
  if (!format) made.set(language, (format = numberFormat(language)));
  return format.format(value);
}

const isAppLanguage = (language: string | undefined): language is Language =>
  language !== undefined && Object.hasOwn(INTL_LOCALE, language);
