import { DateTime } from 'luxon';
import { MAX_YEAR, MIN_YEAR } from '../entities';
import { isKnownTimeZone, wallClockToInstant } from '../programme/timeZones';

/** The EXIF tags a capture time is read from, as the EXIF reader gives them (raw strings). */
export interface ExifTimeTags {
  DateTimeOriginal?: unknown;
  OffsetTimeOriginal?: unknown;
  /** Some cameras write only the digitised time (EXIF CreateDate, 0x9004). */
  CreateDate?: unknown;
  OffsetTimeDigitized?: unknown;
}

/** "2010:09:20 10:15:30" (EXIF's own form; some writers use dashes or a "T"). */
const EXIF_DATE_TIME = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/;
/** "+02:00", "-0530", "Z". */
const EXIF_OFFSET = /^(?:([+-])(\d{2}):?(\d{2})|Z)$/;

function offsetMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = EXIF_OFFSET.exec(value.trim());
  if (!match) return null;
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return minutes > 14 * 60 ? null : match[1] === '-' ? -minutes : minutes;
}

/**
 * When a photo was taken, as an instant written with the venue's offset ("2010-09-20T10:15:30+02:00"),
 * or null when the photo says nothing usable. The camera's clock is a wall clock without a zone:
 * it is read in the venue's time zone (a phone sets itself to local time), never in the laptop's.
 * Where the camera also wrote its offset (OffsetTimeOriginal), that offset is exact and wins.
 */
export function captureInstant(tags: ExifTimeTags, venueTimeZone: string): string | null {
  const candidates: [unknown, unknown][] = [
    [tags.DateTimeOriginal, tags.OffsetTimeOriginal],
    [tags.CreateDate, tags.OffsetTimeDigitized],
  ];
  for (const [dateTime, offset] of candidates) {
    if (typeof dateTime !== 'string') continue;
    const instant = instantOf(dateTime, offset, venueTimeZone);
    if (instant !== null)
      return DateTime.fromMillis(instant, { zone: venueTimeZone }).toISO({ suppressMilliseconds: true });
  }
  return null;
}

function instantOf(dateTime: string, offset: unknown, venueTimeZone: string): number | null {
  const match = EXIF_DATE_TIME.exec(dateTime.trim());
  if (!match || !isKnownTimeZone(venueTimeZone)) return null;
  const [, year, month, day, hour, minute, second = '00'] = match;
  // "0000:00:00 00:00:00" is what a camera without a set clock writes.
  if (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR) return null;
  const fields = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  };
  const exact = offsetMinutes(offset);
  if (exact !== null) {
    const local = DateTime.fromObject(fields, { zone: 'utc' });
    return local.isValid ? local.toMillis() - exact * 60_000 : null;
  }
  if (!DateTime.fromObject(fields, { zone: 'utc' }).isValid) return null;
  const wallClock = `${year}-${month}-${day}T${hour}:${minute}`;
  const start = wallClockToInstant(wallClock, venueTimeZone);
  return start === null ? null : start + fields.second * 1000;
}
