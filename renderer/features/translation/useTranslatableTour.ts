import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listByTour } from '../../db/repository';
import type { TranslatableTour } from '../../domain/findings';

/** Every record with multilingual text of the tour, read in one transaction so counts are consistent. */
export function useTranslatableTour(tourId: string): TranslatableTour | undefined {
  return useLiveQuery(
    () =>
      db.transaction(
        'r',
        [
          db.tours,
          db.themes,
          db.findings,
          db.recommendations,
          db.attachments,
          db.materials,
          db.events,
          db.organisations,
          db.delegates,
          db.contacts,
        ],
        async () => {
          const tour = await db.tours.get(tourId);
          if (!tour) return undefined;
          return {
            tour,
            themes: await listByTour(db.themes, tourId),
            findings: await listByTour(db.findings, tourId),
            recommendations: await listByTour(db.recommendations, tourId),
            attachments: await listByTour(db.attachments, tourId),
            materials: await listByTour(db.materials, tourId),
            events: await listByTour(db.events, tourId),
            organisations: await listByTour(db.organisations, tourId),
            delegates: await listByTour(db.delegates, tourId),
            contacts: await listByTour(db.contacts, tourId),
          };
        },
      ),
    [tourId],
  );
}
