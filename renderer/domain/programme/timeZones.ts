import { isValidTimeZone } from '../timeZones';
import { zoneOffsetMinutes, zoneWallClock } from './zoneClock';

/**
 * Wall-clock times ("2010-09-20T09:30") are what the programme says and what people
 * remember; instants (milliseconds since the epoch) are what can be compared across
 * time zones. This module is the only place that converts between the two.
 */

const WALL_CLOCK_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** True for a time zone name the IANA database (as shipped with Intl) knows, e.g. "Europe/Budapest". */
export function isKnownTimeZone(zone: string): boolean {
  return isValidTimeZone(zone);
}

/**
 * The date and time read as if they were UTC, in milliseconds; null when that calendar date or
 * time does not exist. As ISO 8601 (and Luxon) reads them, 24:00 is the next day's midnight. Plain
 * arithmetic, not Luxon: a Luxon DateTime costs tens of microseconds, and the programme screen
 * reads every event's times on its first render (the start-up profile of a 60-event tour showed
 * some 40 ms in Luxon's parsing).
 */
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || minute > 59 || hour > 24 || (hour === 24 && minute > 0))
    return null;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return null;
  return date.getTime() + (hour * 60 + minute) * MINUTE_MS;
}

function dateMillis(value: string): number | null {
  const parts = ISO_DATE_PATTERN.exec(value);
  return parts ? utcMillis(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

function wallClockMillis(value: string): number | null {
  const parts = WALL_CLOCK_PATTERN.exec(value);
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return utcMillis(year, month, day, hour, minute);
}

/** True for a calendar date that exists: "2010-02-30" is false. */
export function isValidIsoDate(value: string): boolean {
  return dateMillis(value) !== null;
}

/** True for a well-formed wall-clock time on a date that exists (no time zone considered). */
export function isValidWallClock(value: string): boolean {
  return wallClockMillis(value) !== null;
}

export interface ResolvedWallClock {
  /** Milliseconds since the epoch. */
  instant: number;
  /** The local time does not exist in that zone (clocks jumped forward over it). */
  inGap: boolean;
  /** The local time happens twice (clocks went back); the first occurrence was taken. */
  ambiguous: boolean;
}

/**
 * Converts a wall-clock time in an IANA zone to an instant, following RFC 5545 §3.3.5 so
 * that we and every calendar that imports our ICS agree: a time that happens twice means
 * its first occurrence; a time that the clocks skip is read with the offset before the gap.
 * Returns null for a malformed value, an impossible date or an unknown zone.
 */
export function resolveWallClock(wallClock: string, zoneName: string): ResolvedWallClock | null {
  const key = `${zoneName} ${wallClock}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  // Bounded, though a tour's programme holds a few hundred times at most.
  if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
  const result = resolveUncached(wallClock, zoneName);
  resolved.set(key, result);
  return result;
}

/**
 * Resolutions by zone and wall-clock time. Why: each takes up to six offset look-ups through
 * Intl, and the programme screen resolves every event's times for grouping, overlaps and
 * warnings on each render; the start-up profile of a 60-event tour showed 90 ms in them.
 */
const resolved = new Map<string, ResolvedWallClock | null>();
const RESOLVED_LIMIT = 10_000;

function resolveUncached(wallClock: string, zoneName: string): ResolvedWallClock | null {
  // The same digits read as if they were UTC: a number to do offset arithmetic with.
  const naive = wallClockMillis(wallClock);
  if (naive === null || !isKnownTimeZone(zoneName)) return null;
  // Offsets in force a day either side cover every transition a single local time can fall into.
  const offsets = new Set([
    zoneOffsetMinutes(zoneName, naive - DAY_MS),
    zoneOffsetMinutes(zoneName, naive),
    zoneOffsetMinutes(zoneName, naive + DAY_MS),
  ]);
  const matches = [...offsets]
    .map((offset) => naive - offset * MINUTE_MS)
    .filter((instant) => naive - zoneOffsetMinutes(zoneName, instant) * MINUTE_MS === instant)
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first !== undefined) {
    return { instant: first, inGap: false, ambiguous: matches.length > 1 };
  }
  const offsetBefore = zoneOffsetMinutes(zoneName, naive - DAY_MS);
  return { instant: naive - offsetBefore * MINUTE_MS, inGap: true, ambiguous: false };
}

/** Wall-clock → instant (ms), or null when the value or zone is invalid. */
export function wallClockToInstant(wallClock: string, zone: string): number | null {
  return resolveWallClock(wallClock, zone)?.instant ?? null;
}

/** Instant (ms) → wall-clock "yyyy-MM-ddTHH:mm" in a zone; "" for an unknown zone. */
export function instantToWallClock(instant: number, zone: string): string {
  return isKnownTimeZone(zone) ? zoneWallClock(zone, instant) : '';
}

/** The same moment as seen on a clock in another zone (e.g. the venue's time at home). */
export function convertWallClock(wallClock: string, fromZone: string, toZone: string): string | null {
  const instant = wallClockToInstant(wallClock, fromZone);
  if (instant === null || !isKnownTimeZone(toZone)) return null;
  return instantToWallClock(instant, toZone);
}

/** UTC offset in minutes of a zone at an instant (e.g. 120 for Budapest in summer). */
export function offsetAt(zone: string, instant: number): number {
  return isKnownTimeZone(zone) ? zoneOffsetMinutes(zone, instant) : NaN;
}

/** The date part of a wall-clock time: "2010-09-20T09:30" → "2010-09-20". */
export function datePart(wallClock: string): string {
  return wallClock.slice(0, 10);
}

/** The time part of a wall-clock time: "2010-09-20T09:30" → "09:30". */
export function timePart(wallClock: string): string {
  return wallClock.slice(11, 16);
}

/** Today's date in a zone, as "yyyy-MM-dd"; "" for an unknown zone. */
export function todayIn(zone: string, now: number): string {
  return datePart(instantToWallClock(now, zone));
}
