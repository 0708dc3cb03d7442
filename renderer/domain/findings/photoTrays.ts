import type { Attachment, TourEvent } from '../entities';
import { sortEvents } from '../programme';
import { visitInProgress } from './visitCapture';

type TrayEvent = Pick<TourEvent, 'id' | 'kind' | 'start' | 'end' | 'timeZone' | 'deletedAt'>;
type TrayPhoto = Pick<Attachment, 'id' | 'ownerType' | 'deletedAt' | 'order' | 'capturedAt'>;

export interface VisitTray<E, P> {
  event: E;
  photos: P[];
}

export interface PhotoTrays<E, P> {
  /** Visits that have photos waiting, in programme order. */
  visits: VisitTray<E, P>[];
  /** Photos with no capture time, or taken outside every visit. */
  unsorted: P[];
}

/** The moment a photo was taken, in milliseconds; null when it has no readable capture time. */
export function capturedMillis(photo: Pick<Attachment, 'capturedAt'>): number | null {
  if (!photo.capturedAt) return null;
  const millis = Date.parse(photo.capturedAt);
  return Number.isNaN(millis) ? null : millis;
}

/** Photos in the order they were taken; those without a time after, in the order they came. */
function byCaptureTime<P extends TrayPhoto>(a: P, b: P): number {
  const ta = capturedMillis(a);
  const tb = capturedMillis(b);
  if (ta !== null && tb !== null && ta !== tb) return ta - tb;
  if (ta !== null && tb === null) return -1;
  if (ta === null && tb !== null) return 1;
  return a.order - b.order;
}

/**
 * Sorts the photos waiting in a tour's trays by the visit during which each was taken (its
 * capture time within the visit's start and end, as in `visitInProgress`); the rest are unsorted.
 * Worked out on every read, so a visit moved in the programme takes its photos along.
 */
export function sortIntoTrays<E extends TrayEvent, P extends TrayPhoto>(
  photos: readonly P[],
  events: readonly E[],
): PhotoTrays<E, P> {
  const byVisit = new Map<string, P[]>();
  const unsorted: P[] = [];
  const waiting = photos.filter((photo) => photo.deletedAt === null && photo.ownerType === 'tour');
  for (const photo of [...waiting].sort(byCaptureTime)) {
    const at = capturedMillis(photo);
    const event = at === null ? null : visitInProgress(events, at);
    if (!event) unsorted.push(photo);
    else byVisit.set(event.id, [...(byVisit.get(event.id) ?? []), photo]);
  }
  const visits = sortEvents(events.filter((event) => byVisit.has(event.id))).map((event) => ({
    event,
    photos: byVisit.get(event.id)!,
  }));
  return { visits, unsorted };
}
