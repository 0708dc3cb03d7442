import type { Tour } from '../../domain/entities';
import { db } from '../database';

/**
 * Live tours, newest first. A reader apart from `db/tours` (the writes and their schemas): the
 * header and the welcome screen list tours at start-up without loading the validation library.
 */
export async function listTours(): Promise<Tour[]> {
  const all = await db.tours.orderBy('updatedAt').reverse().toArray();
  return all.filter((tour) => tour.deletedAt === null);
}
