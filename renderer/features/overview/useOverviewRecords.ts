import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { readLastBackupAt } from '../../db/backup/backupLog';
import { useTourWith } from '../../db/queries/tourRecords';
import type {
  Attachment,
  Contact,
  Delegate,
  Finding,
  Material,
  Organisation,
  Recommendation,
  Theme,
  Tour,
  TourEvent,
} from '../../domain/entities';

export interface OverviewRecords {
  tour: Tour;
  themes: Theme[];
  events: TourEvent[];
  /** For the report's left-out chapters: a report without delegates has no composition chapter. */
  delegates: Delegate[];
  contacts: Contact[];
  organisations: Organisation[];
  findings: Finding[];
  recommendations: Recommendation[];
  materials: Material[];
  /** Without their Blobs: the overview only counts photos and the translation backlog reads captions. */
  attachments: Omit<Attachment, 'blob' | 'thumbnail'>[];
}

const KINDS = [
  'themes',
  'events',
  'delegates',
  'contacts',
  'organisations',
  'findings',
  'recommendations',
  'materials',
  'attachments',
] as const;

/** Everything the overview summarises, read in one transaction so the numbers agree with each other. */
export function useOverviewRecords(tourId: string): OverviewRecords | undefined {
  const records = useTourWith(tourId, KINDS);
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
