import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listByTour } from '../../db/repository';

/** Live records the contacts screens show; each is undefined while loading. */
export function useContactsRecords(tourId: string) {
  const contacts = useLiveQuery(() => listByTour(db.contacts, tourId), [tourId]);
  const organisations = useLiveQuery(() => listByTour(db.organisations, tourId), [tourId]);
  const events = useLiveQuery(() => listByTour(db.events, tourId), [tourId]);
  return { contacts, organisations, events };
}
