import { cldrNames } from './cldr';
import {
  engineHasDates,
  formatCldrDate,
  formatCldrDateRange,
  formatCldrMoment,
  type DateStyle,
} from './cldrCalendar';
import type { Language } from './languages';
import { INTL_LOCALE, numberFormat } from './numberFormat';

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

const ENGINE_HAS_DATES = new Map<Language, boolean>();

/** CLDR's patterns stand in where the engine (Chromium, Electron: Belarusian) lacks the language's data. */
function needsCldrFallback(language: Language): boolean {
  let has = ENGINE_HAS_DATES.get(language);
  if (has === undefined) {
    has = engineHasDates(language);
    ENGINE_HAS_DATES.set(language, has);
  }
  return !has;
}

/**
 * Intl's formatters, one per language and style, made on first use. Why: making one costs a
 * fraction of a millisecond (more the first time), using one a few microseconds; a screen formats
 * a date or a list per card (the programme's first render made some 60 of them).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat>(
  key: string,
  make: () => F,
): F {
  let made = formatters.get(key) as F | undefined;
  if (made === undefined) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

function dateFormat(language: Language, style: DateStyle): Intl.DateTimeFormat {
  return formatter(
    `date ${language} ${style}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: style, timeZone: 'UTC' }),
  );
}

/** A calendar date written as the language writes it, e.g. "20 сентября 2010 г.". */
export function formatDate(isoDate: string, language: Language, style: DateStyle = 'long'): string {
  if (needsCldrFallback(language)) return formatCldrDate(calendarDate(isoDate), style, language);
  return dateFormat(language, style).format(calendarDate(isoDate));
}

/** A date range such as "19–24 September 2010". */
export function formatDateRange(startIso: string, endIso: string, language: Language): string {
  if (needsCldrFallback(language)) {
    return formatCldrDateRange(calendarDate(startIso), calendarDate(endIso), language);
  }
  return dateFormat(language, 'long').formatRange(calendarDate(startIso), calendarDate(endIso));
}

/** A moment (ISO timestamp) in the computer's own time zone, e.g. "25 Nov 2026, 14:32". */
export function formatMoment(iso: string, language: Language): string {
  if (needsCldrFallback(language)) return formatCldrMoment(new Date(iso), language);
  // Made anew each time: a moment is shown in the computer's time zone, which may change meanwhile.
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** A country's name in the interface language, from CLDR (real Belarusian names too), e.g. "Венгрыя". */
export function countryName(code: string, language: Language): string {
  return cldrNames(language)?.territories[code] ?? intlName(language, 'region', code);
}

/** A language's name in the interface language, from CLDR, e.g. "венгерская". */
export function languageName(code: string, language: Language): string {
  return cldrNames(language)?.languages[code] ?? intlName(language, 'language', code);
}

/** Before the CLDR table has loaded (or for a code it lacks), the engine's own names. */
function intlName(language: Language, type: 'region' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALE[language]], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A number as the language writes it: 10,000 in English, 10 000 (a no-break space) in the others. */
export function formatNumber(value: number, language: Language): string {
  return formatter(`number ${language}`, () => numberFormat(language)).format(value);
}

/** Chromium and Electron have no Belarusian list patterns and would join with the English "and". */
const ENGINE_HAS_BELARUSIAN_LISTS = Intl.ListFormat.supportedLocalesOf(['be']).length > 0;

export function formatList(items: readonly string[], language: Language): string {
  if (language === 'be' && !ENGINE_HAS_BELARUSIAN_LISTS) {
    // Belarusian joins the last two with "і" and the others with commas, as Russian does with "и".
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} і ${items.at(-1) ?? ''}`;
  }
  return formatter(
    `list ${language}`,
    () => new Intl.ListFormat(INTL_LOCALE[language], { type: 'conjunction' }),
  ).format(items);
}
