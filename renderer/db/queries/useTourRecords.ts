import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { listByTour } from '../repository';
import { sortByOrder } from '../../domain/findings';
import { byStart } from '../../domain/names/recordLabels';

/** Live records of the tour that the findings, recommendations and materials screens show. */
export function useTourRecords(tourId: string) {
  const themes = useLiveQuery(async () => sortByOrder(await listByTour(db.themes, tourId)), [tourId]);
  const events = useLiveQuery(async () => (await listByTour(db.events, tourId)).sort(byStart), [tourId]);
  const contacts = useLiveQuery(() => listByTour(db.contacts, tourId), [tourId]);
  const delegates = useLiveQuery(async () => sortByOrder(await listByTour(db.delegates, tourId)), [tourId]);
  const findings = useLiveQuery(() => listByTour(db.findings, tourId), [tourId]);
  const recommendations = useLiveQuery(
    async () => sortByOrder(await listByTour(db.recommendations, tourId)),
    [tourId],
  );
  const materials = useLiveQuery(() => listByTour(db.materials, tourId), [tourId]);
  const attachments = useLiveQuery(
    async () => sortByOrder(await listByTour(db.attachments, tourId)),
    [tourId],
  );
  return { themes, events, contacts, delegates, findings, recommendations, materials, attachments };
}

export type TourRecords = ReturnType<typeof useTourRecords>;
