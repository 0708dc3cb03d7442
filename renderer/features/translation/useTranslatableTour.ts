import { useTourWith } from '../../db/queries/tourRecords';
import { TRANSLATABLE_RECORD_KINDS, type TranslatableTour } from '../../domain/findings/translatableFields';

/** Every record with multilingual text of the tour, read in one transaction so counts are consistent. */
export function useTranslatableTour(tourId: string): TranslatableTour | undefined {
  return useTourWith(tourId, TRANSLATABLE_RECORD_KINDS) ?? undefined;
}
