import 'dayjs/locale/be';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/hu';
import 'dayjs/locale/ru';
import type { Language } from './languages';

/** dayjs's locale for each interface language: month and weekday names in the date pickers. */
export const DAYJS_LOCALE: Record<Language, string> = { ru: 'ru', be: 'be', en: 'en-gb', hu: 'hu' };

/** How each language writes a date by hand: 20.09.2010, 20/09/2010, 2010. 09. 20. */
export const DATE_INPUT_FORMAT: Record<Language, string> = {
  ru: 'DD.MM.YYYY',
  be: 'DD.MM.YYYY',
  en: 'DD/MM/YYYY',
  hu: 'YYYY. MM. DD.',
};

/** The calendar's heading: "сентябрь 2010", but "2010. szeptember" in Hungarian. */
export const MONTH_LABEL_FORMAT: Record<Language, string> = {
  ru: 'MMMM YYYY',
  be: 'MMMM YYYY',
  en: 'MMMM YYYY',
  hu: 'YYYY. MMMM',
};

const two = (value: number) => String(value).padStart(2, '0');

function isoIfReal(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${year}-${two(month)}-${two(day)}`;
}

/**
 * A date typed by hand, as "YYYY-MM-DD" or null: in the language's own order (day first in
 * Russian, Belarusian and English, year first in Hungarian), with dots, slashes, dashes or
 * spaces, or as an ISO date, which every language accepts (and pasting from a document gives).
 */
export function parseTypedDate(text: string, language: Language): string | null {
  const trimmed = text.trim().replace(/\.$/, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = trimmed
    .split(/[.\s/-]+/)
    .filter(Boolean)
    .map(Number);
  if (parts.length !== 3 || parts.some((part) => !Number.isInteger(part))) return null;
  const [first = 0, second = 0, third = 0] = parts;
  if (language === 'hu') return first >= 1000 ? isoIfReal(first, second, third) : null;
  return third >= 1000 ? isoIfReal(third, second, first) : null;
}
