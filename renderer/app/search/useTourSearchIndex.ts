import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { readTourRecords } from '../../db/queries/tourRecords';
import type { SearchableRecords, TourSearchIndex } from '../../domain/search';

function readSearchable(tourId: string): Promise<SearchableRecords> {
  return readTourRecords(tourId, [
    'events',
    'delegates',
    'contacts',
    'organisations',
    'findings',
    'recommendations',
    'materials',
  ]);
}

/** Lets the browser paint and handle input between chunks of indexing. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface LiveSearchIndex {
  index: TourSearchIndex | null;
  /** Goes up whenever the index changed, so an open result list searches again. */
  generation: number;
}

/**
 * The search index of the active tour, built once search is `wanted` (opened) or start-up has
 * settled, then kept up to date while the app runs: Dexie's liveQuery
 * re-reads the tour's records after each write, and the index re-indexes only the records whose
 * revision changed, a few hundred at a time so a first indexing of a large tour does not freeze the
 * window. Typing only searches the index.
 */
export function useTourSearchIndex(tourId: string | null, wanted: boolean): LiveSearchIndex {
  const [state, setState] = useState<LiveSearchIndex>({ index: null, generation: 0 });
  const building = useSettled(START_DELAY_MS, wanted) && tourId !== null;
  useEffect(() => {
    setState({ index: null, generation: 0 });
    if (tourId === null || !building) return;
    let index: TourSearchIndex | null = null;
    let generation = 0;
    let stopped = false;
    // Changes arriving while a sync runs wait for it; only the newest snapshot is worth indexing.
    let pending: SearchableRecords | null = null;
    let running = false;
    const drain = async () => {
      running = true;
      // The index (and its search library) loads with the first indexing, not at start-up.
      if (index === null) {
        const { TourSearchIndex } = await import('../../domain/search/searchIndex');
        index = new TourSearchIndex();
      }
      while (pending !== null && !stopped) {
        const records = pending;
        pending = null;
        const report = await index.syncGradually(records, nextTask);
        if (stopped) break;
        if (generation > 0 && report.added + report.updated + report.removed === 0) continue;
        generation += 1;
        setState({ index, generation });
      }
      running = false;
    };
    const subscription = liveQuery(() => readSearchable(tourId)).subscribe({
      next: (records) => {
        pending = records;
        if (!running) void drain();
      },
      error: (cause: unknown) => console.error('Search index could not be updated', cause),
    });
    return () => {
      stopped = true;
      subscription.unsubscribe();
    };
  }, [tourId, building]);
  return state;
}

/**
 * How long after start-up the index is built unasked. Why: reading every finding's text and
 * indexing it competed with the first screen for the main thread (start-up of the large benchmark
 * tour); opening search before then builds it at once.
 */
const START_DELAY_MS = 3000;

/** False until `delay` ms after the first render, or until `early` is true; then true for good. */
function useSettled(delay: number, early: boolean): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (early) {
      setSettled(true);
      return;
    }
    const timer = setTimeout(() => setSettled(true), delay);
    return () => clearTimeout(timer);
  }, [delay, early]);
  return settled;
}
