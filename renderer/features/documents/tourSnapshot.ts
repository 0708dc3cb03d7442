import { useTourWith } from '../../db/queries/tourRecords';
import { TOUR_RECORD_KINDS, type TourBundle } from '../../domain/tourBundle';

/**
 * The tour's bundle, kept current as records change, read in one transaction so a document is built
 * from a consistent snapshot even while someone edits; undefined while loading. Tombstones are kept:
 * the model builder drops them.
 */
export function useTourBundle(tourId: string): TourBundle | null | undefined {
  return useTourWith(tourId, TOUR_RECORD_KINDS, { withDeleted: true });
}
