import type { Language } from './languages';

/** BCP 47 tags for Intl; Belarusian dates and numbers come from the `be` locale data. */
const INTL_LOCALE: Record<Language, string> = { ru: 'ru-RU', be: 'be-BY', en: 'en-GB', hu: 'hu-HU' };

export function intlLocale(language: Language): string {
  return INTL_LOCALE[language];
}

/**
 * A calendar date ("2010-09-20") as noon UTC, to be formatted in UTC: a calendar date
 * must not shift with the computer's time zone.
 */
function calendarDate(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
}

function dateFormat(language: Language, style: 'full' | 'long' | 'medium' | 'short'): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: style, timeZone: 'UTC' });
}

/** A calendar date written as the language writes it, e.g. "20 сентября 2010 г.". */
export function formatDate(
  isoDate: string,
  language: Language,
  style: 'full' | 'long' | 'medium' | 'short' = 'long',
): string {
  return dateFormat(language, style).format(calendarDate(isoDate));
}

/** A date range such as "19–24 September 2010". */
export function formatDateRange(startIso: string, endIso: string, language: Language): string {
  return dateFormat(language, 'long').formatRange(calendarDate(startIso), calendarDate(endIso));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
}

export function formatList(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }).format(items);
}
