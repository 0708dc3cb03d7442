import type { Tour } from '../../domain/entities';
import { TOUR_RECORD_KINDS } from '../../domain/tourBundle';
import { db } from '../database';
import { readRecordsOfTours } from '../queries/tourRecords';
import type { DataSet } from './format';

/** Which tours a backup holds: one (by id) or every tour on this computer, deleted ones included. */
export type BackupScope = { tourId: string } | 'everything';

/**
 * Reads the records of the scope in one read transaction, so the backup is a consistent
 * picture even while the user keeps writing. Tombstones are included: they must travel.
 */
export async function readDataSet(scope: BackupScope): Promise<DataSet> {
  const tables = [db.tours, ...TOUR_RECORD_KINDS.map((kind) => db[kind])];
  return db.transaction('r', tables, async () => {
    const tours: Tour[] =
      scope === 'everything'
        ? await db.tours.toArray()
        : [await db.tours.get(scope.tourId)].filter((tour): tour is Tour => tour !== undefined);
    const tourIds = tours.map((tour) => tour.id);
    const records = await readRecordsOfTours(tourIds, TOUR_RECORD_KINDS, { withDeleted: true });
    return { tours, records };
  });
}
