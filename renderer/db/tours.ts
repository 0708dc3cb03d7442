import { DEFAULT_KEY_POINTS } from '../domain/defaultKeyPoints';
import type { Tour, TourOwned } from '../domain/entities';
import { TOUR_RECORD_KINDS } from '../domain/tourBundle';
import { nowIso } from './clock';
import { db } from './database';
import type { Draft } from './repository';
import { tours, themes } from './repositories';
import { deviceId } from './settings';
import { restamp } from './stamping';
import { currentDelegateId } from './identity';

/** Creates a tour with the five key points of the terms of reference, in one transaction. */
export async function createTour(draft: Draft<Tour>): Promise<Tour> {
  return db.transaction('rw', [db.tours, db.themes, db.settings], async () => {
    const tour = await tours.save(draft);
    for (const [order, title] of DEFAULT_KEY_POINTS.entries()) {
      await themes.save({ tourId: tour.id, title: { ...title }, order });
    }
    return tour;
  });
}

export { listTours } from './queries/tours';

/**
 * Deletes a tour with everything in it, as tombstones (so a restore or an exchange
 * knows it was deleted), in one transaction.
 */
export async function deleteTour(tourId: string): Promise<void> {
  const device = await deviceId();
  const author = await currentDelegateId(tourId);
  const tables = [db.tours, db.settings, ...TOUR_RECORD_KINDS.map((kind) => db[kind])];
  await db.transaction('rw', tables, async () => {
    const now = nowIso();
    for (const kind of TOUR_RECORD_KINDS) {
      const table = db.table<TourOwned, string>(kind);
      await table
        .where('tourId')
        .equals(tourId)
        .modify((record) => {
          if (record.deletedAt === null)
            Object.assign(record, restamp(record, { ...record, deletedAt: now }, device, author));
        });
    }
    await tours.remove(tourId);
  });
}

/**
 * Writes a change over the tour as it is stored now, read and written in one transaction: the
 * fields the caller does not touch keep what is stored, even when another screen, tab or an
 * exchange import changed them since the caller's form was opened.
 */
export async function updateTour(tourId: string, change: (current: Tour) => Tour): Promise<Tour> {
  return db.transaction('rw', [db.tours, db.settings], async () => {
    const current = await tours.get(tourId);
    if (!current) throw new Error(`No tour ${tourId}`);
    return tours.save(change(current));
  });
}
