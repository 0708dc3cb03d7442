import { DateTime } from 'luxon';
import type { Tour, TourEvent } from '../entities';
import { convertWallClock, datePart, sortEvents, todayIn } from '../programme';

/** Where today falls relative to the tour, on the venue's calendar. */
export type TourPhase =
  | { phase: 'before'; daysToStart: number }
  /** `day` counts from 1 on the first day; `daysLeft` excludes today (0 on the last day). */
  | { phase: 'during'; day: number; totalDays: number; daysLeft: number }
  | { phase: 'after'; daysSinceEnd: number };

function daysBetween(fromIso: string, toIso: string): number {
  const from = DateTime.fromISO(fromIso, { zone: 'utc' });
  const to = DateTime.fromISO(toIso, { zone: 'utc' });
  return Math.round(to.diff(from, 'days').days);
}

/** Today (in the venue's time zone) against the tour's dates: days to go, which day it is, or how long ago it ended. */
export function tourPhase(tour: Pick<Tour, 'startDate' | 'endDate' | 'timeZone'>, now: number): TourPhase {
  const today = todayIn(tour.timeZone, now);
  if (today < tour.startDate) return { phase: 'before', daysToStart: daysBetween(today, tour.startDate) };
  if (today > tour.endDate) return { phase: 'after', daysSinceEnd: daysBetween(tour.endDate, today) };
  return {
    phase: 'during',
    day: daysBetween(tour.startDate, today) + 1,
    totalDays: daysBetween(tour.startDate, tour.endDate) + 1,
    daysLeft: daysBetween(today, tour.endDate),
  };
}

export interface ProgrammeDay<E> {
  /** "yyyy-MM-dd" on the venue's calendar. */
  date: string;
  events: E[];
}

/**
 * Today's and tomorrow's events as the venue's clock sees them: an event entered in another
 * time zone (a flight booked in Minsk time) falls on the day it happens in the venue.
 */
export function todayAndTomorrow<
  E extends Pick<TourEvent, 'id' | 'start' | 'end' | 'timeZone' | 'deletedAt'>,
>(
  events: readonly E[],
  venueTimeZone: string,
  now: number,
): { today: ProgrammeDay<E>; tomorrow: ProgrammeDay<E> } {
  const today = todayIn(venueTimeZone, now);
  const tomorrow = DateTime.fromISO(today, { zone: 'utc' }).plus({ days: 1 }).toISODate() ?? today;
  const venueDate = (event: E) =>
    datePart(convertWallClock(event.start, event.timeZone, venueTimeZone) ?? event.start);
  const live = sortEvents(events.filter((event) => event.deletedAt === null));
  return {
    today: { date: today, events: live.filter((event) => venueDate(event) === today) },
    tomorrow: { date: tomorrow, events: live.filter((event) => venueDate(event) === tomorrow) },
  };
}
