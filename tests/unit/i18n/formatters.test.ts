import { describe, expect, it } from 'vitest';
import { formatCldrDate, formatCldrDateRange, formatCldrMoment } from '../../../renderer/i18n/cldrCalendar';
import { loadCldrNames } from '../../../renderer/i18n/cldr';
import { countryName, formatDate, formatDateRange, languageName } from '../../../renderer/i18n/formatters';

const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('date formats per interface language', () => {
  it('writes a date the way each language writes it', () => {
    expect(formatDate('2010-09-20', 'ru', 'long')).toBe('20 сентября 2010 г.');
    expect(formatDate('2010-09-20', 'hu', 'long')).toBe('2010. szeptember 20.');
    expect(formatDate('2010-09-20', 'en', 'long')).toBe('20 September 2010');
    expect(formatDate('2010-09-20', 'be', 'long')).toBe('20 верасня 2010 г.');
  });

  it('keeps the calendar day whatever the computer’s time zone', () => {
    expect(formatDate('2010-10-31', 'ru', 'short')).toBe('31.10.2010');
  });

  it('writes a range within one month compactly', () => {
    expect(formatDateRange('2010-09-19', '2010-09-24', 'ru')).toMatch(/^19–24 сентября 2010\sг\.$/u);
    expect(formatDateRange('2010-09-19', '2010-09-24', 'be')).toBe('19–24 верасня 2010');
  });
});

describe('dates from CLDR’s patterns without the engine’s data (Belarusian in Chromium, Electron)', () => {
  // Node has full ICU: our fallback must say what ICU says, so both engines agree. Newer CLDR
  // writes a narrow no-break space before "г." where Node's ICU may still have a plain one.
  const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const icu = (iso: string, style: 'full' | 'long' | 'medium' | 'short') =>
    new Intl.DateTimeFormat('be', { dateStyle: style, timeZone: 'UTC' }).format(noon(iso));

  it.each(['full', 'long', 'medium', 'short'] as const)('matches ICU for the %s style', (style) => {
    for (const iso of ['2010-09-20', '2010-01-05', '2026-12-31']) {
      expect(spaces(formatCldrDate(noon(iso), style, 'be'))).toBe(spaces(icu(iso, style)));
    }
  });

  it('writes ranges within a month, across months and across years as ICU does', () => {
    const icuRange = (a: string, b: string) =>
      new Intl.DateTimeFormat('be', { dateStyle: 'long', timeZone: 'UTC' }).formatRange(noon(a), noon(b));
    for (const [a, b] of [
      ['2010-09-19', '2010-09-24'],
      ['2010-09-30', '2010-10-02'],
      ['2010-12-30', '2011-01-02'],
    ] as const) {
      expect(spaces(formatCldrDateRange(noon(a), noon(b), 'be'))).toBe(spaces(icuRange(a, b)));
    }
  });

  it('writes a moment as ICU does', () => {
    const moment = new Date(2010, 8, 20, 14, 5);
    expect(spaces(formatCldrMoment(moment, 'be'))).toBe(
      spaces(new Intl.DateTimeFormat('be', { dateStyle: 'medium', timeStyle: 'short' }).format(moment)),
    );
  });
});

describe('country and language names from CLDR', () => {
  it('names countries and languages in real Belarusian, not Russian stand-ins', async () => {
    await loadCldrNames('be');
    expect(countryName('HU', 'be')).toBe('Венгрыя');
    expect(countryName('BY', 'be')).toBe('Беларусь');
    expect(languageName('hu', 'be')).toBe('венгерская');
    expect(`${languageName('hu', 'be')} мова`).toBe('венгерская мова');
  });

  it('names them in every interface language', async () => {
    await Promise.all((['ru', 'en', 'hu'] as const).map(loadCldrNames));
    expect(countryName('HU', 'ru')).toBe('Венгрия');
    expect(countryName('HU', 'hu')).toBe('Magyarország');
    expect(countryName('BY', 'en')).toBe('Belarus');
    expect(languageName('be', 'hu')).toBe('belarusz');
  });
});
