import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { readActiveTourId } from '../db/settings';
import type { Tour } from '../domain/entities';

async function loadActiveTour(): Promise<Tour | null> {
  const id = await readActiveTourId();
  if (!id) return null;
  const tour = await db.tours.get(id);
  return tour && tour.deletedAt === null ? tour : null;
}

/** The tour the user works on: undefined while loading, null when none is chosen. */
export function useActiveTour(): Tour | null | undefined {
  return useLiveQuery(loadActiveTour, []);
}
