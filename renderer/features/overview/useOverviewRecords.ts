import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readLastBackupAt } from '../../db/backup/backupLog';
import { useTourWith } from '../../db/queries/tourRecords';
import type { Attachment } from '../../domain/entities';
import { TOUR_RECORD_KINDS, type TourBundle } from '../../domain/tourBundle';

/**
 * A whole tour as the overview sees it: attachments without their Blobs (the overview only counts
 * photos and the translation backlog reads captions).
 */
export type OverviewRecords = Omit<TourBundle, 'attachments'> & {
  attachments: Omit<Attachment, 'blob' | 'thumbnail'>[];
};

/** Everything the overview summarises, read in one transaction so the numbers agree with each other. */
export function useOverviewRecords(tourId: string): OverviewRecords | undefined {
  const records = useTourWith(tourId, TOUR_RECORD_KINDS);
  return useMemo(
    () =>
      records
        ? {
            ...records,
            attachments: records.attachments.map(({ blob: _blob, thumbnail: _thumbnail, ...rest }) => rest),
          }
        : undefined,
    [records],
  );
}

/** When the last backup was made on this computer (the backup feature records it); null when never. */
export function useLastBackupAt(): string | null | undefined {
  return useLiveQuery(async () => (await readLastBackupAt()) ?? null, []);
}
