import type { TourEvent } from '../entities';
import { datePart, wallClockToInstant } from './timeZones';

export type AgendaEvent = Pick<TourEvent, 'id' | 'start' | 'end' | 'timeZone'>;

export interface AgendaDay<E extends AgendaEvent> {
  /** "yyyy-MM-dd": the day the events start on, on the clock of their own time zone. */
  date: string;
  events: E[];
}

type Interval = { start: number; end: number } | null;

/** Start and end instants of an event; null when its times cannot be read. */
export function eventInterval(event: AgendaEvent): Interval {
  const start = wallClockToInstant(event.start, event.timeZone);
  const end = wallClockToInstant(event.end, event.timeZone);
  return start === null || end === null ? null : { start, end };
}

function compareReadEvents(a: AgendaEvent, ia: Interval, b: AgendaEvent, ib: Interval): number {
  if (ia && ib) return ia.start - ib.start || ia.end - ib.end || a.id.localeCompare(b.id);
  if (ia) return -1;
  if (ib) return 1;
  return a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
}

/**
 * Chronological order by instant (so events in different zones interleave correctly),
 * then by end; events with unreadable times go last, by their text.
 */
export function compareEvents(a: AgendaEvent, b: AgendaEvent): number {
  return compareReadEvents(a, eventInterval(a), b, eventInterval(b));
}

/**
 * The events in the order of `compareEvents`, each with its interval, read once per event. Why:
 * a sort compares each event some 2 log n times, and reading an event's times asks the time zone
 * database; the programme's first render sorted 60 events with some 2,000 such readings.
 */
export function sortedWithIntervals<E extends AgendaEvent>(
  events: readonly E[],
): { event: E; interval: Interval }[] {
  return events
    .map((event) => ({ event, interval: eventInterval(event) }))
    .sort((a, b) => compareReadEvents(a.event, a.interval, b.event, b.interval));
}

/** The events in the order of `compareEvents`, each one's times read once (see sortedWithIntervals). */
export function sortEvents<E extends AgendaEvent>(events: readonly E[]): E[] {
  return sortedWithIntervals(events).map(({ event }) => event);
}

/**
 * The agenda: events grouped by the day they start on (as the programme printed on the
 * venue's clock says), days in order, events in each day in order.
 */
export function groupByDay<E extends AgendaEvent>(events: readonly E[]): AgendaDay<E>[] {
  const days = new Map<string, E[]>();
  for (const { event } of sortedWithIntervals(events)) {
    const date = datePart(event.start);
    const day = days.get(date);
    if (day) day.push(event);
    else days.set(date, [event]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, dayEvents]) => ({ date, events: dayEvents }));
}

export interface AgendaHighlight {
  /** Events happening at `now`. */
  currentIds: string[];
  /** The first event starting after `now`, if any. */
  nextId: string | null;
}

/** Which events to highlight at a moment: those running now, and the next one to start. */
export function highlightAt(events: readonly AgendaEvent[], now: number): AgendaHighlight {
  const currentIds: string[] = [];
  let next: { id: string; start: number } | null = null;
  for (const event of events) {
    const interval = eventInterval(event);
    if (!interval) continue;
    if (interval.start <= now && now < interval.end) currentIds.push(event.id);
    else if (interval.start > now && (next === null || interval.start < next.start)) {
      next = { id: event.id, start: interval.start };
    }
  }
  return { currentIds, nextId: next?.id ?? null };
}

/** The days of events that fall on one date, for an export "of one day". */
export function eventsOnDay<E extends AgendaEvent>(events: readonly E[], date: string): E[] {
  return groupByDay(events).find((day) => day.date === date)?.events ?? [];
}
