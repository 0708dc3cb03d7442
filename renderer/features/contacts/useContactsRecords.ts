import { useTourRecordsOf } from '../../db/queries/tourRecords';

/** Live records the contacts screens show; each is undefined while loading. */
export function useContactsRecords(tourId: string) {
  return useTourRecordsOf(tourId, ['contacts', 'organisations', 'events']);
}
