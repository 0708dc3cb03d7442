import { DEFAULT_KEY_POINTS } from '../domain/defaultKeyPoints';
import type { Tour, TourOwned } from '../domain/entities';
import { TOUR_RECORD_KINDS } from '../domain/tourBundle';
import { nowIso } from './clock';
import { db } from './database';
import type { Draft, SaveOptions } from './repository';
import { tours, themes } from './repositories';
import { deviceId } from './settings';
import { restamp } from './stamping';
import { currentDelegateId } from './identity';
import { SaveConflictError, contentKey } from '../domain/merge';

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
 * knows it was deleted), in one transaction; nothing when the tour is no longer the version the
 * user chose to delete (`options.basedOn`: SaveConflictError).
 */
export async function deleteTour(tourId: string, options: SaveOptions = {}): Promise<void> {
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
    await tours.remove(tourId, undefined, options);
  });
}

/** What an editor of a part of the tour says about the version it typed over. */
export interface TourPartOptions extends SaveOptions {
  /**
   * The part of the tour the editor shows (`part`: the requisites of one document in one
   * language, say) as it was when the editor was opened or last saved (`opened`). When that part
   * is another by now (another tab, an exchange import) and not what the editor writes, nothing
   * is written: SaveConflictError, and the user chooses (ui/useSaveAction); once they have seen it
   * (`basedOn`), the tour's version is what counts, as for every save. Changes to other parts
   * of the tour (the other editors of the same screen) are no conflict.
   */
  typedOver?: { part(tour: Tour): unknown; opened: unknown };
}

const samePart = (a: unknown, b: unknown) => contentKey({ part: a }) === contentKey({ part: b });

/**
 * Writes a change over the tour as it is stored now, read and written in one transaction: the
 * fields the caller does not touch keep what is stored, even when another screen, tab or an
 * exchange import changed them since the caller's form was opened; the part the caller shows is
 * checked against the version it typed over (`options.typedOver`).
 */
export async function updateTour(
  tourId: string,
  change: (current: Tour) => Tour,
  options: TourPartOptions = {},
): Promise<Tour> {
  return db.transaction('rw', [db.tours, db.settings], async () => {
    const current = await tours.get(tourId);
    if (!current) throw new Error(`No tour ${tourId}`);
    const next = change(current);
    const { typedOver, basedOn, patch } = options;
    if (!basedOn && typedOver) {
      const now = typedOver.part(current);
      if (!samePart(now, typedOver.opened) && !samePart(now, typedOver.part(next)))
        throw new SaveConflictError(current, next);
    }
    return tours.save(next, basedOn ? { basedOn, ...(patch ? { patch } : {}) } : {});
  });
}
