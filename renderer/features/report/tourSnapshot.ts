import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { TourBundle } from '../../domain/tourBundle';

/**
 * Every record of one tour read in a single read transaction, so a document is built from a
 * consistent snapshot even while someone edits. Tombstones are kept: the model builder drops them.
 */
export async function readTourBundle(tourId: string): Promise<TourBundle | null> {
  return db.transaction(
    'r',
    [
      db.tours,
      db.delegates,
      db.organisations,
      db.contacts,
      db.events,
      db.themes,
      db.findings,
      db.recommendations,
      db.materials,
      db.attachments,
    ],
    async () => {
      const tour = await db.tours.get(tourId);
      if (!tour || tour.deletedAt !== null) return null;
      const byTour = { where: 'tourId', is: tourId } as const;
      const [
        delegates,
        organisations,
        contacts,
        events,
        themes,
        findings,
        recommendations,
        materials,
        attachments,
      ] = await Promise.all([
        db.delegates.where(byTour.where).equals(byTour.is).toArray(),
        db.organisations.where(byTour.where).equals(byTour.is).toArray(),
        db.contacts.where(byTour.where).equals(byTour.is).toArray(),
        db.events.where(byTour.where).equals(byTour.is).toArray(),
        db.themes.where(byTour.where).equals(byTour.is).toArray(),
        db.findings.where(byTour.where).equals(byTour.is).toArray(),
        db.recommendations.where(byTour.where).equals(byTour.is).toArray(),
        db.materials.where(byTour.where).equals(byTour.is).toArray(),
        db.attachments.where(byTour.where).equals(byTour.is).toArray(),
      ]);
      return {
        tour,
        delegates,
        organisations,
        contacts,
        events,
        themes,
        findings,
        recommendations,
        materials,
        attachments,
      };
    },
  );
}

/** The tour's bundle, kept current as records change; undefined while loading. */
export function useTourBundle(tourId: string): TourBundle | null | undefined {
  return useLiveQuery(() => readTourBundle(tourId), [tourId]);
}
