import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listByTour } from '../../db/repository';

const byOrder = <T extends { order: number }>(records: T[]): T[] =>
  [...records].sort((a, b) => a.order - b.order);

/** Live records the programme screens show; each is undefined while loading. */
export function useItineraryRecords(tourId: string) {
  const events = useLiveQuery(() => listByTour(db.events, tourId), [tourId]);
  const delegates = useLiveQuery(async () => byOrder(await listByTour(db.delegates, tourId)), [tourId]);
  const themes = useLiveQuery(async () => byOrder(await listByTour(db.themes, tourId)), [tourId]);
  const organisations = useLiveQuery(() => listByTour(db.organisations, tourId), [tourId]);
  const contacts = useLiveQuery(() => listByTour(db.contacts, tourId), [tourId]);
  return { events, delegates, themes, organisations, contacts };
}

export type ItineraryRecords = ReturnType<typeof useItineraryRecords>;
