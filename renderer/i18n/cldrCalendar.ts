import calendars from '../../locales/cldr/calendar.json';
import type { Language } from './languages';

/**
 * Dates written from CLDR's own patterns and words, for engines that ship without a language's
 * data: Chromium and therefore Electron format `be` dates in English. Node's full ICU reads the
 * same CLDR data, so both engines agree (a unit test compares them).
 */
export type DateStyle = 'full' | 'long' | 'medium' | 'short';

interface CldrCalendar {
  monthsWide: string[];
  monthsAbbreviated: string[];
  monthsStandalone: string[];
  weekdaysWide: string[];
  dateFormats: Record<DateStyle, string>;
  timeShort: string;
  dateTimeMedium: string;
  longInterval: { d: string; M: string; y: string };
}

const CALENDARS: Record<Language, CldrCalendar> = calendars;

/** True when this engine has the language's date data of its own. */
export function engineHasDates(language: Language): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
}

interface Fields {
  year: number;
  month: number; // 0-11
  day: number;
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
}

const two = (value: number) => String(value).padStart(2, '0');

/** Expands one CLDR date pattern ("d MMMM y 'г'."): letters are fields, quoted text is literal. */
function applyPattern(pattern: string, fields: Fields, calendar: CldrCalendar): string {
  return pattern.replace(/'([^']*)'|([a-zA-Z])\2*/g, (token: string, literal?: string) => {
    if (literal !== undefined) return literal === '' ? "'" : literal;
    switch (token) {
      case 'd':
        return String(fields.day);
      case 'dd':
        return two(fields.day);
      case 'M':
        return String(fields.month + 1);
      case 'MM':
        return two(fields.month + 1);
      case 'MMM':
        return calendar.monthsAbbreviated[fields.month] ?? '';
      case 'MMMM':
        return calendar.monthsWide[fields.month] ?? '';
      case 'LLLL':
        return calendar.monthsStandalone[fields.month] ?? '';
      case 'y':
      case 'yyyy':
        return String(fields.year);
      case 'yy':
        return two(fields.year % 100);
      case 'EEEE':
        return calendar.weekdaysWide[fields.weekday] ?? '';
      case 'HH':
        return two(fields.hour);
      case 'H':
        return String(fields.hour);
      case 'mm':
        return two(fields.minute);
      default:
        return token;
    }
  });
}

const utcFields = (date: Date): Fields => ({
  year: date.getUTCFullYear(),
  month: date.getUTCMonth(),
  day: date.getUTCDate(),
  weekday: date.getUTCDay(),
  hour: date.getUTCHours(),
  minute: date.getUTCMinutes(),
});

/** The UTC calendar day of `date` (the formatters pass noon UTC). */
export function formatCldrDate(date: Date, style: DateStyle, language: Language): string {
  const calendar = CALENDARS[language];
  return applyPattern(calendar.dateFormats[style], utcFields(date), calendar);
}

/**
 * A long date range as CLDR's interval formats write it: "19–24 верасня 2010",
 * "30 верасня – 2 кастрычніка 2010". An interval pattern repeats fields: the first
 * occurrence is the start's, the rest the end's.
 */
export function formatCldrDateRange(start: Date, end: Date, language: Language): string {
  const calendar = CALENDARS[language];
  const [a, b] = [utcFields(start), utcFields(end)];
  if (a.year === b.year && a.month === b.month && a.day === b.day) {
    return formatCldrDate(start, 'long', language);
  }
  const pattern =
    a.year !== b.year
      ? calendar.longInterval.y
      : a.month !== b.month
        ? calendar.longInterval.M
        : calendar.longInterval.d;
  // Split where a field letter comes round again: "d MMMM – d MMMM y" → "d MMMM – " + "d MMMM y".
  const seen = new Set<string>();
  let splitAt = pattern.length;
  const tokens = /'[^']*'|([a-zA-Z])\1*/g;
  for (let match = tokens.exec(pattern); match; match = tokens.exec(pattern)) {
    const letter = match[1];
    if (!letter) continue;
    if (seen.has(letter)) {
      splitAt = match.index;
      break;
    }
    seen.add(letter);
  }
  return (
    applyPattern(pattern.slice(0, splitAt), a, calendar) + applyPattern(pattern.slice(splitAt), b, calendar)
  );
}

/** A moment in the computer's own time zone, medium date and short time: "20 вер 2010 г., 14:05". */
export function formatCldrMoment(moment: Date, language: Language): string {
  const calendar = CALENDARS[language];
  const fields: Fields = {
    year: moment.getFullYear(),
    month: moment.getMonth(),
    day: moment.getDate(),
    weekday: moment.getDay(),
    hour: moment.getHours(),
    minute: moment.getMinutes(),
  };
  const date = applyPattern(calendar.dateFormats.medium, fields, calendar);
  const time = applyPattern(calendar.timeShort, fields, calendar);
  return calendar.dateTimeMedium.replace('{1}', date).replace('{0}', time);
}
