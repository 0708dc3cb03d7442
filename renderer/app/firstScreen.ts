import { readRecordsEarly } from '../db/queries/tourRecords';
import type { Tour } from '../domain/entities';
import {
  SCREEN_CHUNKS,
  SCREEN_FIRST_RECORDS,
  screenNamedBy,
  TOUR_LANDING,
  type ScreenPath,
} from './screenChunks';

/**
 * The screen the app opens on at `hash`: the one it names; for the bare `/`, the first screen about
 * a tour when one is open (the welcome screen, when none is, is part of the start-up script).
 */
export function firstScreenAt(hash: string, tourOpen: boolean): ScreenPath | null {
  const named = screenNamedBy(hash);
  if (named) return named;
  const bare = hash.replace(/^#\/?/, '') === '';
  return bare && tourOpen ? TOUR_LANDING : null;
}

/**
 * The screen's chunk and the records it shows first (kept for its live hook: earlyRecords.ts), read
 * before the app's first render of it: that render then shows the screen with its records. The
 * chunk is asked for without waiting for the tour. A chunk that fails to load is left to the
 * screen's own render, which reports it.
 */
export async function loadScreenWithRecords(
  screen: ScreenPath,
  tour: Promise<Tour | null | undefined>,
): Promise<void> {
  const kinds = SCREEN_FIRST_RECORDS[screen];
  await Promise.all([
    SCREEN_CHUNKS[screen]().catch(() => undefined),
    kinds && tour.then((open) => open && readRecordsEarly(open.id, kinds)),
  ]);
}
