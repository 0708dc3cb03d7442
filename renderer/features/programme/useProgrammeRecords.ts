import { useMemo } from 'react';
import { useTourRecordsOf } from '../../db/queries/tourRecords';
import { sortByOrder } from '../../domain/findings/ordering';

/** Live records the programme screens show; each is undefined while loading. */
export function useProgrammeRecords(tourId: string) {
  const records = useTourRecordsOf(tourId, ['events', 'delegates', 'themes', 'organisations', 'contacts']);
  const { delegates, themes } = records;
  return {
    ...records,
    delegates: useMemo(() => delegates && sortByOrder(delegates), [delegates]),
    themes: useMemo(() => themes && sortByOrder(themes), [themes]),
  };
}

export type ProgrammeRecords = ReturnType<typeof useProgrammeRecords>;
