import type { Language } from '../../domain/entities';
import type { DocumentPreset } from './presets';

const INTL: Record<Language, string> = { ru: 'ru-RU', be: 'be-BY', en: 'en-GB', hu: 'hu-HU' };

/** A calendar date at noon UTC, formatted in UTC, so it never shifts with the computer's zone. */
function calendarDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 12));
}

const numeric = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export interface DateWriter {
  date(iso: string): string;
  range(startIso: string, endIso: string): string;
  /** A programme day heading: the date and the day of the week. */
  day(iso: string): string;
}

/** Dates as the preset and the language write them in official texts. */
export function dateWriter(language: Language, preset: DocumentPreset): DateWriter {
  const long = new Intl.DateTimeFormat(INTL[language], { dateStyle: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat(INTL[language], { weekday: 'long', timeZone: 'UTC' });
  const date = (iso: string) => (preset.dates === 'numeric' ? numeric(iso) : long.format(calendarDate(iso)));
  return {
    date,
    range(startIso, endIso) {
      if (startIso === endIso) return date(startIso);
      if (preset.dates === 'numeric') return `${numeric(startIso)}–${numeric(endIso)}`;
      return long.formatRange(calendarDate(startIso), calendarDate(endIso));
    },
    day(iso) {
      return `${date(iso)} (${weekday.format(calendarDate(iso))})`;
    },
  };
}

export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([INTL[language]], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([INTL[language]], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
