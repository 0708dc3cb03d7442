import cldrBe from '../../../locales/cldr/be.json';
import cldrEn from '../../../locales/cldr/en.json';
import cldrHu from '../../../locales/cldr/hu.json';
import cldrRu from '../../../locales/cldr/ru.json';
import type { Language } from '../../domain/entities';
import { docText, optionalDocText } from './docStrings';
import type { DocumentPreset } from './presets';

/**
 * Dates, weekdays, countries and languages are written from locales/doc and CLDR's tables
 * (locales/cldr), not from Intl: Chromium and Electron ship no Belarusian locale data, so Intl
 * would write "Monday" in a Belarusian report.
 */

const parts = (iso: string) => ({
  year: Number(iso.slice(0, 4)),
  month: Number(iso.slice(5, 7)),
  day: Number(iso.slice(8, 10)),
});

const numeric = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Day of the week of a calendar date, 0 = Sunday, independent of the computer's time zone. */
function weekday(iso: string): number {
  const { year, month, day } = parts(iso);
  return new Date(Date.UTC(year, month - 1, day, 12)).getUTCDay();
}

export interface DateWriter {
  date(iso: string): string;
  range(startIso: string, endIso: string): string;
  /** A programme day heading: the date and the day of the week. */
  day(iso: string): string;
}

/** Dates as the preset and the language write them in official texts. */
export function dateWriter(language: Language, preset: DocumentPreset): DateWriter {
  const t = docText(language);
  const long = (iso: string) => {
    const { year, month, day } = parts(iso);
    return t('calendar.longDate', { day, month: t(`calendar.months.${month}`), year });
  };
  const date = (iso: string) => (preset.dates === 'numeric' ? numeric(iso) : long(iso));
  return {
    date,
    range(startIso, endIso) {
      if (startIso === endIso) return date(startIso);
      if (preset.dates === 'numeric') return `${numeric(startIso)}–${numeric(endIso)}`;
      const start = parts(startIso);
      const end = parts(endIso);
      if (start.year === end.year && start.month === end.month) {
        return t('calendar.longRange', {
          startDay: start.day,
          endDay: end.day,
          month: t(`calendar.months.${start.month}`),
          year: start.year,
        });
      }
      return `${long(startIso)} – ${long(endIso)}`;
    },
    day(iso) {
      return `${date(iso)} (${t(`calendar.weekdays.${weekday(iso)}`)})`;
    },
  };
}

const CLDR: Record<Language, { territories: Record<string, string>; languages: Record<string, string> }> = {
  ru: cldrRu,
  be: cldrBe,
  en: cldrEn,
  hu: cldrHu,
};

/** The document's own wording first (locales/doc), then CLDR's name (real Belarusian names too). */
export function countryName(code: string, language: Language): string {
  return optionalDocText(language, `countries.${code}`) ?? CLDR[language].territories[code] ?? code;
}

export function languageName(code: string, language: Language): string {
  return optionalDocText(language, `languages.${code}`) ?? CLDR[language].languages[code] ?? code;
}
