import type { KeyPoint, Tour, TourEvent } from '../entities';
import { sortedWithIntervals } from './agenda';
import { datePart, instantToWallClock, isKnownTimeZone, wallClockToInstant } from './timeZones';

/**
 * Warnings about the programme. They never block saving: a programme is often
 * incomplete or tentative while it is being planned.
 */

export type OverlapEvent = Pick<TourEvent, 'id' | 'start' | 'end' | 'timeZone' | 'delegateIds'>;

export interface DelegateOverlap {
  type: 'delegateOverlap';
  delegateId: string;
  /** The two events, earlier first. */
  eventIds: [string, string];
}

export interface EventOutsideTour {
  type: 'eventOutsideTour';
  eventId: string;
}

export interface KeyPointNotAddressed {
  type: 'keyPointNotAddressed';
  themeId: string;
}

export type ProgrammeWarning = DelegateOverlap | EventOutsideTour | KeyPointNotAddressed;

/**
 * Every pair of events that share a delegate and overlap in time (compared as instants,
 * so events in different zones are compared correctly). An event that ends when the
 * next begins does not overlap it.
 */
export function findDelegateOverlaps(events: readonly OverlapEvent[]): DelegateOverlap[] {
  const sorted = sortedWithIntervals(events);
  const overlaps: DelegateOverlap[] = [];
  for (const [i, { event: first, interval: a }] of sorted.entries()) {
    if (!a) continue;
    for (const { event: second, interval: b } of sorted.slice(i + 1)) {
      if (!b) continue;
      if (b.start >= a.end) break; // sorted by start: nothing later can overlap `first`
      const shared = first.delegateIds.filter((id) => second.delegateIds.includes(id));
      for (const delegateId of new Set(shared)) {
        overlaps.push({ type: 'delegateOverlap', delegateId, eventIds: [first.id, second.id] });
      }
    }
  }
  return overlaps;
}

export type TourPeriod = Pick<Tour, 'startDate' | 'endDate' | 'timeZone'>;

/**
 * Events that start or end outside the tour's dates, both read on the venue's clock
 * (an event kept in another zone is converted to the venue's zone first).
 */
export function findEventsOutsideTour(
  events: readonly Pick<TourEvent, 'id' | 'start' | 'end' | 'timeZone'>[],
  tour: TourPeriod,
): EventOutsideTour[] {
  const venueZoneKnown = isKnownTimeZone(tour.timeZone);
  const venueDate = (wallClock: string, zone: string): string => {
    if (!venueZoneKnown || zone === tour.timeZone) return datePart(wallClock);
    const instant = wallClockToInstant(wallClock, zone);
    if (instant === null) return datePart(wallClock);
    return datePart(instantToWallClock(instant, tour.timeZone));
  };
  return events
    .filter((event) => {
      const first = venueDate(event.start, event.timeZone);
      const last = venueDate(event.end, event.timeZone);
      return first < tour.startDate || last > tour.endDate;
    })
    .map((event) => ({ type: 'eventOutsideTour', eventId: event.id }));
}

/**
 * Key points that no event of the programme addresses: the terms of reference ask the
 * delegation to study each of them, so one left without a visit is worth a warning.
 */
export function findKeyPointsNotAddressed(
  themes: readonly Pick<KeyPoint, 'id' | 'order'>[],
  events: readonly Pick<TourEvent, 'themeIds'>[],
): KeyPointNotAddressed[] {
  const addressed = new Set(events.flatMap((event) => event.themeIds));
  return [...themes]
    .sort((a, b) => a.order - b.order)
    .filter((theme) => !addressed.has(theme.id))
    .map((theme) => ({ type: 'keyPointNotAddressed', themeId: theme.id }));
}

/** All warnings about a tour's programme, overlaps first. */
export function collectWarnings(
  tour: TourPeriod,
  events: readonly Pick<TourEvent, 'id' | 'start' | 'end' | 'timeZone' | 'delegateIds' | 'themeIds'>[],
  themes: readonly Pick<KeyPoint, 'id' | 'order'>[],
): ProgrammeWarning[] {
  return [
    ...findDelegateOverlaps(events),
    ...findEventsOutsideTour(events, tour),
    ...findKeyPointsNotAddressed(themes, events),
  ];
}
