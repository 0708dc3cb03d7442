import type { Finding, TourEvent } from '../entities';
import { datePart, eventInterval, sortEvents } from '../programme';

/**
 * Capturing findings during a visit: which visit is on now, and what a new finding made at it
 * starts with. Travel and free time are events of the programme, not places findings come from.
 */
export const CAPTURE_EVENT_KINDS: readonly TourEvent['kind'][] = ['visit', 'meeting', 'briefing'];

type CaptureEvent = Pick<TourEvent, 'id' | 'kind' | 'start' | 'end' | 'timeZone' | 'deletedAt'>;

function capturable<E extends CaptureEvent>(events: readonly E[]): E[] {
  return sortEvents(
    events.filter((event) => event.deletedAt === null && CAPTURE_EVENT_KINDS.includes(event.kind)),
  );
}

/**
 * The visit going on at `now`; of two that overlap, the one that started last (the delegation
 * has moved on to it). Null between visits.
 */
export function visitInProgress<E extends CaptureEvent>(events: readonly E[], now: number): E | null {
  let found: E | null = null;
  for (const event of capturable(events)) {
    const interval = eventInterval(event);
    if (interval && interval.start <= now && now < interval.end) found = event;
  }
  return found;
}

export type VisitNow<E> = { event: E; state: 'now' | 'next' };

/** The visit in progress, or else the next one to start; null when none is left. */
export function currentOrNextVisit<E extends CaptureEvent>(
  events: readonly E[],
  now: number,
): VisitNow<E> | null {
  const current = visitInProgress(events, now);
  if (current) return { event: current, state: 'now' };
  const next = capturable(events).find((event) => (eventInterval(event)?.start ?? -Infinity) > now);
  return next ? { event: next, state: 'next' } : null;
}

/** The fields of a new finding that a visit fills in. */
export type VisitPrefill = Pick<Finding, 'eventId' | 'sourceContactIds' | 'date'> & {
  /** The visit's key point when its plan names exactly one; '' leaves the choice to the user. */
  themeId: string;
};

/**
 * A new finding made at a visit: the visit, the people who received the delegation there as its
 * sources (the organisation comes with the visit), the visit's day, and its key point when the
 * plan names only one. Contacts deleted since are left out.
 */
export function findingFromVisit(
  event: Pick<TourEvent, 'id' | 'start' | 'hostContactIds' | 'themeIds'>,
  liveContactIds?: ReadonlySet<string>,
): VisitPrefill {
  const hosts = liveContactIds
    ? event.hostContactIds.filter((id) => liveContactIds.has(id))
    : [...event.hostContactIds];
  return {
    eventId: event.id,
    sourceContactIds: [...new Set(hosts)],
    date: datePart(event.start),
    themeId: event.themeIds.length === 1 ? event.themeIds[0]! : '',
  };
}
