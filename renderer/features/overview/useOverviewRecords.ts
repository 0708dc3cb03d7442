import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { readLastBackupAt } from '../../db/backup/backupLog';
import { listByTour } from '../../db/repository';
import type {
  Attachment,
  Contact,
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
  contacts: Contact[];
  organisations: Organisation[];
  findings: Finding[];
  recommendations: Recommendation[];
  materials: Material[];
  /** Without their Blobs: the overview only counts photos and the translation backlog reads captions. */
  attachments: Omit<Attachment, 'blob' | 'thumbnail'>[];
}

/** Everything the overview summarises, read in one transaction so the numbers agree with each other. */
export function useOverviewRecords(tourId: string): OverviewRecords | undefined {
  return useLiveQuery(
    () =>
      db.transaction(
        'r',
        [
          db.tours,
          db.themes,
          db.events,
          db.contacts,
          db.organisations,
          db.findings,
          db.recommendations,
          db.materials,
          db.attachments,
        ],
        async () => {
          const tour = await db.tours.get(tourId);
          if (!tour) return undefined;
          const attachments = await listByTour(db.attachments, tourId);
          return {
            tour,
            themes: await listByTour(db.themes, tourId),
            events: await listByTour(db.events, tourId),
            contacts: await listByTour(db.contacts, tourId),
            organisations: await listByTour(db.organisations, tourId),
            findings: await listByTour(db.findings, tourId),
            recommendations: await listByTour(db.recommendations, tourId),
            materials: await listByTour(db.materials, tourId),
            attachments: attachments.map(({ blob: _blob, thumbnail: _thumbnail, ...rest }) => rest),
          };
        },
      ),
    [tourId],
  );
}

/** When the last backup was made on this computer (the backup feature records it); null when never. */
export function useLastBackupAt(): string | null | undefined {
  return useLiveQuery(async () => (await readLastBackupAt()) ?? null, []);
}
