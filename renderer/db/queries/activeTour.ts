import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import { readActiveTourId } from '../settings';
import type { Tour } from '../../domain/entities';

/** The tour the user works on, read once; null when none is chosen (or it was deleted). */
export async function readActiveTour(): Promise<Tour | null> {
  const id = await readActiveTourId();
  if (!id) return null;
  const tour = await db.tours.get(id);
  return tour && tour.deletedAt === null ? tour : null;
}

/** The same record with the same content (a re-read returns a new object); one small record, compared whole. */
function sameTour(a: Tour | null | undefined, b: Tour | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The tour the user works on, live: undefined while loading, null when none is chosen. Read once, by
 * the shell, which hands it to the screens (ui/activeTour). `initial` is what start-up already read
 * (app/startUp.ts): shown at once, and kept as the same object when the live read finds it unchanged,
 * so the screens are not rendered a second time for an equal record.
 */
export function useActiveTourRecord(initial?: Tour | null): Tour | null | undefined {
  const live = useLiveQuery(readActiveTour, [], initial);
  const [shown, setShown] = useState(live);
  if (live !== shown && !sameTour(live, shown)) {
    setShown(live);
    return live;
  }
  return shown;
}
