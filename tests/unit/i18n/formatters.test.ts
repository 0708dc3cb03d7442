import { describe, expect, it } from 'vitest';
import {
  formatBelarusianDate,
  formatBelarusianDateRange,
  formatBelarusianMoment,
} from '../../../renderer/i18n/belarusianCalendar';
import { formatDate, formatDateRange } from '../../../renderer/i18n/formatters';

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

describe('Belarusian dates without the engine’s Belarusian data (Chromium, Electron)', () => {
  // Node has full ICU: our fallback must say exactly what ICU says, so both engines agree.
  const icu = (iso: string, style: 'full' | 'long' | 'medium' | 'short') =>
    new Intl.DateTimeFormat('be', { dateStyle: style, timeZone: 'UTC' }).format(noon(iso));

  it.each(['full', 'long', 'medium', 'short'] as const)('matches ICU for the %s style', (style) => {
    for (const iso of ['2010-09-20', '2010-01-05', '2026-12-31']) {
      expect(formatBelarusianDate(noon(iso), style)).toBe(icu(iso, style));
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
      expect(formatBelarusianDateRange(noon(a), noon(b))).toBe(icuRange(a, b));
    }
  });

  it('writes a moment as ICU does', () => {
    const moment = new Date(2010, 8, 20, 14, 5);
    expect(formatBelarusianMoment(moment)).toBe(
      new Intl.DateTimeFormat('be', { dateStyle: 'medium', timeStyle: 'short' }).format(moment),
    );
  });
});
