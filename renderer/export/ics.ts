import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarModel } from '../domain/programme/calendarModel';
import { buildVtimezone } from './ics/vtimezone';

export interface IcsOptions {
  /** DTSTAMP of every event: when the file was made. Passed in so the output is reproducible. */
  stamp: Date;
}

export class IcsTimeError extends Error {
  constructor(readonly uid: string) {
    super(`Event ${uid} has a time that cannot be read`);
    this.name = 'IcsTimeError';
  }
}

function zonedTime(wallClock: string, zone: string, uid: string): DateTime {
  const time = DateTime.fromISO(wallClock, { zone });
  if (!time.isValid) throw new IcsTimeError(uid);
  return time;
}

/**
 * The programme as an RFC 5545 calendar (text). Times stay wall-clock times with a TZID
 * and a VTIMEZONE for each zone used, so a phone in Minsk shows a Budapest visit at the
 * right moment and a calendar set to Budapest shows it as printed in the programme.
 */
export function renderIcs(model: CalendarModel, options: IcsOptions): string {
  const years = model.entries
    .flatMap((entry) => [entry.start, entry.end])
    .map((time) => Number(time.slice(0, 4)));
  const fromYear = years.length > 0 ? Math.min(...years) : options.stamp.getUTCFullYear();
  const toYear = years.length > 0 ? Math.max(...years) : fromYear;

  const calendar = ical({
    prodId: { company: 'Delegation Desk', product: 'Programme', language: 'EN' },
    name: model.name,
    // No calendar-wide zone name: ical-generator would then write DTSTAMP as a local time
    // without "Z", which RFC 5545 forbids. Each event carries its own TZID instead, and the
    // generator still adds one VTIMEZONE per zone used.
    timezone: {
      name: null,
      generator: (zone) => buildVtimezone(zone, fromYear, toYear).toString(),
    },
    x: { 'X-WR-TIMEZONE': model.timeZone },
  });
  for (const entry of model.entries) {
    calendar.createEvent({
      id: entry.uid,
      stamp: options.stamp,
      start: zonedTime(entry.start, entry.timeZone, entry.uid),
      end: zonedTime(entry.end, entry.timeZone, entry.uid),
      timezone: entry.timeZone,
      summary: entry.summary,
      location: entry.location || null,
      description: entry.description || null,
    });
  }
  return calendar.toString();
}

/** The programme as the bytes of an .ics file (UTF-8). */
export function writeIcs(model: CalendarModel, options: IcsOptions): Uint8Array {
  return new TextEncoder().encode(renderIcs(model, options));
}

export const ICS_MIME_TYPE = 'text/calendar';
