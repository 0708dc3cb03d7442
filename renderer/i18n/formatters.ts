import {
  ENGINE_HAS_BELARUSIAN_DATES,
  formatBelarusianDate,
  formatBelarusianDateRange,
  formatBelarusianMoment,
  type DateStyle,
} from './belarusianCalendar';
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

/** Belarusian needs our own formats where the engine (Chromium, Electron) has no Belarusian data. */
function needsBelarusianFallback(language: Language): boolean {
  return language === 'be' && !ENGINE_HAS_BELARUSIAN_DATES;
}

function dateFormat(language: Language, style: DateStyle): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: style, timeZone: 'UTC' });
}

/** A calendar date written as the language writes it, e.g. "20 сентября 2010 г.". */
export function formatDate(isoDate: string, language: Language, style: DateStyle = 'long'): string {
  if (needsBelarusianFallback(language)) return formatBelarusianDate(calendarDate(isoDate), style);
  return dateFormat(language, style).format(calendarDate(isoDate));
}

/** A date range such as "19–24 September 2010". */
export function formatDateRange(startIso: string, endIso: string, language: Language): string {
  if (needsBelarusianFallback(language)) {
    return formatBelarusianDateRange(calendarDate(startIso), calendarDate(endIso));
  }
  return dateFormat(language, 'long').formatRange(calendarDate(startIso), calendarDate(endIso));
}

/** A moment (ISO timestamp) in the computer's own time zone, e.g. "25 Nov 2026, 14:32". */
export function formatMoment(iso: string, language: Language): string {
  if (needsBelarusianFallback(language)) return formatBelarusianMoment(new Date(iso));
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

const ENGINE_HAS_BELARUSIAN_NAMES = Intl.DisplayNames.supportedLocalesOf(['be']).length > 0;

/**
 * Names of countries and languages in the interface language. Where the engine has no
 * Belarusian names (Chromium, Electron), Russian ones stand in: closer to the reader than English.
 */
export function displayNames(language: Language, type: 'region' | 'language'): Intl.DisplayNames {
  const locale = language === 'be' && !ENGINE_HAS_BELARUSIAN_NAMES ? INTL_LOCALE.ru : INTL_LOCALE[language];
  return new Intl.DisplayNames([locale], { type });
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
}

/** Chromium and Electron have no Belarusian list patterns and would join with the English "and". */
const ENGINE_HAS_BELARUSIAN_LISTS = Intl.ListFormat.supportedLocalesOf(['be']).length > 0;

export function formatList(items: readonly string[], language: Language): string {
  if (language === 'be' && !ENGINE_HAS_BELARUSIAN_LISTS) {
    // Belarusian joins the last two with "і" and the others with commas, as Russian does with "и".
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} і ${items.at(-1) ?? ''}`;
  }
  return new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }).format(items);
}
