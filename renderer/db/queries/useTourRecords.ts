import { useMemo } from 'react';
import { sortByOrder } from '../../domain/findings';
import { byStart } from '../../domain/names/recordLabels';
import { useTourRecordsOf } from './tourRecords';

const KINDS = [
  'themes',
  'events',
  'contacts',
  'delegates',
  'findings',
  'recommendations',
  'materials',
  'attachments',
] as const;

/**
 * Live records of the tour that the findings, recommendations and materials screens show, in the
 * user's order (the programme by start time); each kind undefined while loading.
 */
export function useTourRecords(tourId: string) {
  const records = useTourRecordsOf(tourId, KINDS);
  const { themes, events, delegates, recommendations, attachments } = records;
  return {
    ...records,
    themes: useMemo(() => themes && sortByOrder(themes), [themes]),
    events: useMemo(() => events && [...events].sort(byStart), [events]),
    delegates: useMemo(() => delegates && sortByOrder(delegates), [delegates]),
    recommendations: useMemo(() => recommendations && sortByOrder(recommendations), [recommendations]),
    attachments: useMemo(() => attachments && sortByOrder(attachments), [attachments]),
  };
}

export type TourRecords = ReturnType<typeof useTourRecords>;
