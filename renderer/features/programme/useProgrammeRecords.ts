import { useMemo } from 'react';
import { useTourRecordsOf } from '../../db/queries/tourRecords';
import { sortByOrder } from '../../domain/findings/ordering';
import { PROGRAMME_RECORD_KINDS } from './programmeRecordKinds';

/** Live records the programme screens show; each is undefined while loading. */
export function useProgrammeRecords(tourId: string) {
  const records = useTourRecordsOf(tourId, PROGRAMME_RECORD_KINDS);
  const { delegates, themes } = records;
  return {
    ...records,
    delegates: useMemo(() => delegates && sortByOrder(delegates), [delegates]),
    themes: useMemo(() => themes && sortByOrder(themes), [themes]),
  };
}

export type ProgrammeRecords = ReturnType<typeof useProgrammeRecords>;
