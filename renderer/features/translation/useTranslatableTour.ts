import { useTourWith } from '../../db/queries/tourRecords';
import type { TranslatableTour } from '../../domain/findings';

/** Every record with multilingual text of the tour, read in one transaction so counts are consistent. */
export function useTranslatableTour(tourId: string): TranslatableTour | undefined {
  return (
    useTourWith(tourId, [
      'themes',
      'findings',
      'recommendations',
      'attachments',
      'materials',
      'events',
      'organisations',
      'delegates',
      'contacts',
    ]) ?? undefined
  );
}
