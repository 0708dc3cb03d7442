import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { readActiveTourId } from '../settings';
import type { Tour } from '../../domain/entities';

async function loadActiveTour(): Promise<Tour | null> {
  const id = await readActiveTourId();
  if (!id) return null;
  const tour = await db.tours.get(id);
  return tour && tour.deletedAt === null ? tour : null;
}

/**
 * The tour the user works on, live: undefined while loading, null when none is chosen. Read once, by
 * the shell, which hands it to the screens (ui/activeTour).
 */
export function useActiveTourRecord(): Tour | null | undefined {
  return useLiveQuery(loadActiveTour, []);
}
