import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import {
  convertWallClock,
  instantToWallClock,
  isKnownTimeZone,
  isValidIsoDate,
  isValidWallClock,
  offsetAt,
  resolveWallClock,
  wallClockToInstant,
} from '../../../renderer/domain/programme/timeZones';

const BUDAPEST = 'Europe/Budapest';
const MINSK = 'Europe/Minsk';
const utc = (iso: string) => Date.parse(iso);

// 31 October 2010, the last Sunday of October: Budapest (CEST → CET) set its clocks back at
// 01:00 UTC, Minsk (EEST → EET; Belarus kept daylight-saving time until 2011) an hour earlier,
// at 03:00 local summer time = 00:00 UTC. For that one hour both cities showed the same time.
describe('wall-clock ↔ instant across the October 2010 daylight-saving change', () => {
  it('converts Budapest times the day before and after the change with the right offsets', () => {
    expect(wallClockToInstant('2010-10-30T12:00', BUDAPEST)).toBe(utc('2010-10-30T10:00:00Z'));
    expect(wallClockToInstant('2010-11-01T12:00', BUDAPEST)).toBe(utc('2010-11-01T11:00:00Z'));
    expect(offsetAt(BUDAPEST, utc('2010-10-31T00:59:00Z'))).toBe(120);
    expect(offsetAt(BUDAPEST, utc('2010-10-31T01:00:00Z'))).toBe(60);
    expect(offsetAt(MINSK, utc('2010-10-30T23:59:00Z'))).toBe(180);
    expect(offsetAt(MINSK, utc('2010-10-31T00:00:00Z'))).toBe(120);
  });

  it('gives the home time for the hour between the two changes, when the clocks agreed', () => {
    // 00:30 UTC: Budapest still on summer time (02:30), Minsk already on winter time (02:30).
    expect(instantToWallClock(utc('2010-10-31T00:30:00Z'), BUDAPEST)).toBe('2010-10-31T02:30');
    expect(instantToWallClock(utc('2010-10-31T00:30:00Z'), MINSK)).toBe('2010-10-31T02:30');
    expect(convertWallClock('2010-10-31T02:30', BUDAPEST, MINSK)).toBe('2010-10-31T02:30');
    expect(convertWallClock('2010-10-31T05:00', BUDAPEST, MINSK)).toBe('2010-10-31T06:00');
  });

  it('converts Minsk times the day before and after the change with the right offsets', () => {
    expect(wallClockToInstant('2010-10-30T12:00', MINSK)).toBe(utc('2010-10-30T09:00:00Z'));
    expect(wallClockToInstant('2010-11-01T12:00', MINSK)).toBe(utc('2010-11-01T10:00:00Z'));
  });

  it('shows a Budapest visit in Minsk home time, correct for each date', () => {
    expect(convertWallClock('2010-10-30T09:30', BUDAPEST, MINSK)).toBe('2010-10-30T10:30');
    expect(convertWallClock('2010-11-01T09:30', BUDAPEST, MINSK)).toBe('2010-11-01T10:30');
    // In the sample tour's September the difference is one hour too.
    expect(convertWallClock('2010-09-20T09:30', BUDAPEST, MINSK)).toBe('2010-09-20T10:30');
    // After Belarus abolished the change (2011), the difference depends on the season.
    expect(convertWallClock('2011-07-01T09:30', BUDAPEST, MINSK)).toBe('2011-07-01T10:30');
    expect(convertWallClock('2011-11-01T09:30', BUDAPEST, MINSK)).toBe('2011-11-01T11:30');
  });

  it('reads a time that happens twice (02:30 on the night of the change) as its first occurrence', () => {
    const resolved = resolveWallClock('2010-10-31T02:30', BUDAPEST);
    expect(resolved).toEqual({ instant: utc('2010-10-31T00:30:00Z'), inGap: false, ambiguous: true });
    expect(instantToWallClock(utc('2010-10-31T00:30:00Z'), BUDAPEST)).toBe('2010-10-31T02:30');
    expect(instantToWallClock(utc('2010-10-31T01:30:00Z'), BUDAPEST)).toBe('2010-10-31T02:30');
    expect(resolveWallClock('2010-10-31T02:30', MINSK)).toEqual({
      instant: utc('2010-10-30T23:30:00Z'),
      inGap: false,
      ambiguous: true,
    });
    expect(resolveWallClock('2010-10-31T03:30', MINSK)).toEqual({
      instant: utc('2010-10-31T01:30:00Z'),
      inGap: false,
      ambiguous: false,
    });
  });

  it('flags a time the clocks skip in spring and reads it with the offset before the gap', () => {
    const resolved = resolveWallClock('2010-03-28T02:30', BUDAPEST);
    expect(resolved?.inGap).toBe(true);
    expect(resolved?.instant).toBe(utc('2010-03-28T01:30:00Z'));
  });

  it('round-trips every minute of 2010 (property test)', () => {
    const start = utc('2010-01-01T00:00:00Z');
    const minutes = 365 * 24 * 60;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: minutes }), fc.constantFrom(BUDAPEST, MINSK), (minute, zone) => {
        const instant = start + minute * 60_000;
        const wall = instantToWallClock(instant, zone);
        const back = resolveWallClock(wall, zone);
        // Unambiguous times come back exactly; a repeated hour comes back as its first occurrence.
        if (back?.ambiguous) expect(instantToWallClock(back.instant, zone)).toBe(wall);
        else expect(back?.instant).toBe(instant);
      }),
    );
  });
});

describe('validity checks', () => {
  it('knows IANA zones and rejects made-up ones', () => {
    expect(isKnownTimeZone(BUDAPEST)).toBe(true);
    expect(isKnownTimeZone(MINSK)).toBe(true);
    expect(isKnownTimeZone('Europe/Budapes')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });

  it('rejects impossible dates and malformed times', () => {
    expect(isValidIsoDate('2010-09-20')).toBe(true);
    expect(isValidIsoDate('2010-02-30')).toBe(false);
    expect(isValidIsoDate('2010-9-2')).toBe(false);
    expect(isValidWallClock('2010-09-20T09:30')).toBe(true);
    expect(isValidWallClock('2010-09-31T09:30')).toBe(false);
    expect(isValidWallClock('2010-09-20T24:30')).toBe(false);
    expect(wallClockToInstant('2010-09-20T09:30', 'Mars/Olympus')).toBeNull();
  });
});

// The dates and times are read without Luxon (it was most of the programme's first render); they
// must read exactly as Luxon's ISO parser did, which the rest of the app (and earlier data) follows.
describe('reading dates and wall-clock times as Luxon reads them', () => {
  const twoDigits = (n: number) => String(n).padStart(2, '0');
  const wallClock = fc
    .record({
      // From 100 on: Luxon reads 24:00 of a year before 100 as that day's first midnight (its own
      // quirk; records hold years 1900–2100 only).
      year: fc.oneof(fc.integer({ min: 100, max: 9999 }), fc.constantFrom(1900, 2000, 2010, 2012, 2100)),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.constantFrom(0, 1, 30, 59, 60, 99),
    })
    .map(
      ({ year, month, day, hour, minute }) =>
        `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${twoDigits(minute)}`,
    );
  const luxonMillis = (value: string) => DateTime.fromISO(value, { zone: 'utc' });

  it('finds the same dates and times valid', () => {
    fc.assert(
      fc.property(wallClock, (value) => {
        expect(isValidWallClock(value)).toBe(luxonMillis(value).isValid);
        expect(isValidIsoDate(value.slice(0, 10))).toBe(luxonMillis(value.slice(0, 10)).isValid);
      }),
      { numRuns: 5000 },
    );
    for (const value of ['2010-09-20T24:00', '2010-12-31T24:00', '2012-02-29T10:00', '0050-01-01T00:00'])
      expect(isValidWallClock(value)).toBe(true);
    for (const value of ['2010-09-20T24:30', '2010-02-29T10:00', '2010-09-20T9:30', '2010-09-20 09:30'])
      expect(isValidWallClock(value)).toBe(false);
  });

  it('gives the same instant in UTC, 24:00 being the next midnight', () => {
    fc.assert(
      fc.property(wallClock, (value) => {
        const parsed = luxonMillis(value);
        expect(wallClockToInstant(value, 'UTC')).toBe(parsed.isValid ? parsed.toMillis() : null);
      }),
      { numRuns: 5000 },
    );
    expect(wallClockToInstant('2010-12-31T24:00', 'UTC')).toBe(utc('2011-01-01T00:00:00Z'));
  });
});
