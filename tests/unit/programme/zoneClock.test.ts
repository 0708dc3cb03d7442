import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { zoneOffsetMinutes, zoneWallClock } from '../../../renderer/domain/programme/zoneClock';

// Zones with summer time on either hemisphere, half- and quarter-hour offsets, offsets changed
// by law (Minsk 2011, Samoa 2011 skipped a day), and the date line.
const ZONES = [
  'Europe/Budapest',
  'Europe/Minsk',
  'Europe/London',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'UTC',
];

// 1900–2100, with extra weight on the weeks around spring and autumn changes.
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc
    .record({
      year: fc.integer({ min: 1970, max: 2040 }),
      month: fc.constantFrom(2, 3, 9, 10),
      minute: fc.integer({ min: 0, max: 31 * 24 * 60 }),
      milliseconds: fc.integer({ min: 0, max: 59_999 }),
    })
    .map(
      ({ year, month, minute, milliseconds }) => Date.UTC(year, month, 1) + minute * 60_000 + milliseconds,
    ),
);

describe('a zone’s clock read from Intl, as Luxon reads it', () => {
  it('gives the same UTC offset at any instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, at) => {
        expect(zoneOffsetMinutes(zone, at)).toBe(IANAZone.create(zone).offset(at));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the same wall-clock time at any instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, at) => {
        expect(zoneWallClock(zone, at)).toBe(
          DateTime.fromMillis(at, { zone }).toFormat("yyyy-MM-dd'T'HH:mm"),
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the autumn night in Budapest, where 02:30 happens twice', () => {
    // 31 October 2010: CEST (UTC+2) until 01:00 UTC, then CET (UTC+1).
    expect(zoneWallClock('Europe/Budapest', Date.UTC(2010, 9, 31, 0, 30))).toBe('2010-10-31T02:30');
    expect(zoneWallClock('Europe/Budapest', Date.UTC(2010, 9, 31, 1, 30))).toBe('2010-10-31T02:30');
    expect(zoneOffsetMinutes('Europe/Budapest', Date.UTC(2010, 9, 31, 0, 59, 59, 999))).toBe(120);
    expect(zoneOffsetMinutes('Europe/Budapest', Date.UTC(2010, 9, 31, 1))).toBe(60);
  });
});
